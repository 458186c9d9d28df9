"""The `vndx` command.

    vndx warehouse up|down|url|status     the embedded PostgreSQL
    vndx extract [--published D] [--source-url U] [--doc ID] PATH...   facts from files (JSON lines)
    vndx facts                            the consolidated mart as JSON lines
    vndx explain PROVINCE INDICATOR YEAR  where a consolidated value comes from (evidence, URL, capture)
    vndx run                              the whole pipeline once (what `make run` calls)
    vndx reprocess [--force]              re-parse and re-extract every landed page, no network
                                          (pages unchanged since their last parse by the current
                                          parser/extractor versions are skipped, unless --force)
    vndx docs                             serve the dbt docs and the GX Data Docs on 127.0.0.1, print the URLs
    vndx raw migrate|check                the WARC raw archive: convert a legacy store, run warcio's checker
    vndx demo-site [--port N]             serve the local demo site
    vndx airflow-init [--write-compose-env]   bootstrap Airflow (db, pool, schemas, dbt manifest)
    vndx airflow up|down|status           Airflow 3 as local processes (what `make airflow` calls)
    vndx airflow cli ARGS...              the `airflow` CLI against the local Airflow
"""

from __future__ import annotations

import argparse
import signal
import sys


def _warehouse(args: argparse.Namespace) -> int:
    from vndx.warehouse import embedded  # noqa: PLC0415
    from vndx.warehouse.db import ensure_schema, warehouse_url  # noqa: PLC0415

    if args.action == "up":
        state = embedded.up()
        ensure_schema(state.url())
        print(f"warehouse up on 127.0.0.1:{state.port} (data: {state.pgdata})")
    elif args.action == "down":
        print("warehouse stopped" if embedded.down() else "warehouse was not running")
    elif args.action == "url":
        print(warehouse_url(start=True))
    elif args.action == "status":
        running = embedded.is_running()
        print("running" if running else "stopped")
        return 0 if running else 3
    return 0


def _extract(argv: list[str]) -> int:
    from vndx.cli.extract import main as extract_main  # noqa: PLC0415

    return extract_main(argv)


def _facts(args: argparse.Namespace) -> int:
    from vndx.pipeline.report import print_facts_jsonl  # noqa: PLC0415

    return print_facts_jsonl()


def _explain(argv: list[str]) -> int:
    from vndx.cli.explain import main as explain_main  # noqa: PLC0415

    return explain_main(argv)


def _locked(what: str, body) -> int:
    """Run `body` holding the checkout's run lock; a held lock or an unwritable VNDX_HOME is one
    line on stderr and exit 1, not a traceback."""
    from vndx import config  # noqa: PLC0415
    from vndx.pipeline.children import RunLockedError, run_lock  # noqa: PLC0415

    home = config.home()
    try:
        with run_lock(home, what):
            return body()
    except RunLockedError as exc:
        print(f"{what}: {exc}", file=sys.stderr)
    except OSError as exc:  # read-only file system, permission denied, not a directory ...
        if exc.filename is None or not str(exc.filename).startswith(str(home)):
            raise
        print(f"{what}: VNDX_HOME {home} is not writable: {exc.strerror} ({exc.filename})", file=sys.stderr)
    return 1


def _docs(argv: list[str]) -> int:
    from vndx.cli.docs import main as docs_main  # noqa: PLC0415

    return docs_main(argv)


def _raw(argv: list[str]) -> int:
    from vndx.cli.raw import main as raw_main  # noqa: PLC0415

    return raw_main(argv)


def _run(args: argparse.Namespace) -> int:
    from vndx.pipeline.runner import run_all  # noqa: PLC0415

    return _locked("vndx run", lambda: run_all(full_reread=args.full_reread))


def _reprocess(args: argparse.Namespace) -> int:
    from vndx.pipeline.runner import reprocess_all  # noqa: PLC0415

    return _locked("vndx reprocess", lambda: reprocess_all(force=args.force))


def _demo_site(args: argparse.Namespace) -> int:
    from scrapers.demo.server import serve_forever  # noqa: PLC0415
    from vndx import config  # noqa: PLC0415

    signal.signal(signal.SIGTERM, _interrupt)  # how `vndx run` stops it: like Ctrl-C
    return serve_forever(port=config.demo_port() if args.port is None else args.port, token=args.token)


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _airflow_init(args: argparse.Namespace) -> int:
    from vndx.orchestration.bootstrap import main as bootstrap_main  # noqa: PLC0415

    return bootstrap_main(write_compose_env=args.write_compose_env)


def _airflow(args: argparse.Namespace) -> int:
    from vndx.orchestration import airflow_settings, local_airflow  # noqa: PLC0415

    if args.action == "up":
        executor = "CeleryExecutor" if args.workers else "LocalExecutor"
        delay = airflow_settings.FAST_RETRY_DELAY_SECONDS if args.fast_retries else airflow_settings.RETRY_DELAY_SECONDS
        try:
            state = local_airflow.up(executor=executor, workers=args.workers, triggerer=not args.no_triggerer,
                                     retry_delay_seconds=delay)
        except (local_airflow.LocalAirflowError, RuntimeError) as exc:
            print(f"[airflow] failed: {exc}", file=sys.stderr)
            return 1
        print(f"[airflow] {len(state['processes'])} processes ({state['executor']}); the DAGs start paused: "
              "unpause with `.venv/bin/vndx airflow cli dags unpause vndx_pipeline` (and vndx_transform), "
              "stop with `make airflow-down`")
        return 0
    if args.action == "down":
        local_airflow.down()
        return 0
    if args.action == "status":
        state = local_airflow.running()
        if not state:
            print("stopped")
            return 3
        login = f"{local_airflow.ADMIN} / {state['secrets']['admin_password']}"
        print(f"running ({state['executor']}): {state['ui_url']}  login {login}")
        for name, proc in state["processes"].items():
            print(f"  {name:<16} pid {proc['pid']}  {'up' if local_airflow._alive(proc) else 'EXITED'}")
        return 0
    return 2


def _airflow_cli(airflow_args: list[str]) -> int:
    """`vndx airflow cli ARGS...`: the airflow CLI with the local deployment's environment."""
    import subprocess  # noqa: PLC0415

    from vndx.orchestration import local_airflow  # noqa: PLC0415

    try:
        env = local_airflow.environment()
    except local_airflow.LocalAirflowError as exc:
        print(exc, file=sys.stderr)
        return 1
    return subprocess.run(["airflow", *airflow_args], env=env).returncode


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `vndx facts | head` ends quietly
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "extract":  # its own parser: the external contract
        return _extract(argv[1:])
    if argv[:2] == ["airflow", "cli"]:  # everything after `cli` belongs to the airflow CLI
        return _airflow_cli(argv[2:])
    if argv and argv[0] == "explain":  # its own parser (positional PROVINCE INDICATOR YEAR, --json)
        return _explain(argv[1:])
    if argv and argv[0] == "docs":  # its own parser (ports)
        return _docs(argv[1:])
    if argv and argv[0] == "raw":  # its own sub-commands (migrate, check)
        return _raw(argv[1:])
    parser = argparse.ArgumentParser(prog="vndx", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    wh = sub.add_parser("warehouse", help="the embedded PostgreSQL")
    wh.add_argument("action", choices=["up", "down", "url", "status"])
    wh.set_defaults(func=_warehouse)
    sub.add_parser("extract", help="extract facts from .txt/.html files (see `vndx extract -h`)")
    sub.add_parser("facts", help="print the consolidated mart as JSON lines").set_defaults(func=_facts)
    sub.add_parser("explain", help="where a consolidated value comes from (see `vndx explain -h`)")
    sub.add_parser("docs", help="serve the dbt docs and the GX Data Docs (see `vndx docs -h`)")
    sub.add_parser("raw", help="the WARC raw archive: migrate, check (see `vndx raw -h`)")
    run = sub.add_parser("run", help="run the whole pipeline once")
    run.add_argument("--full-reread", action="store_true",
                     help="fetch every discovered article again, not only those the revisit policy finds due")
    run.set_defaults(func=_run)
    rep = sub.add_parser("reprocess", help="re-parse and re-extract landed pages")
    rep.add_argument("--force", action="store_true",
                     help="also the pages already parsed from the same content by the same parser/extractor versions")
    rep.set_defaults(func=_reprocess)
    demo = sub.add_parser("demo-site", help="serve the local demo site")
    demo.add_argument("--port", type=int, default=None)
    demo.add_argument("--token", default=None, help=argparse.SUPPRESS)  # `vndx run`'s readiness check
    demo.set_defaults(func=_demo_site)
    init = sub.add_parser("airflow-init", help="bootstrap Airflow: metadata DB, pool, schemas, dbt manifest")
    init.add_argument("--write-compose-env", action="store_true",
                      help="only regenerate docker/airflow/airflow.env from the settings source")
    init.set_defaults(func=_airflow_init)
    af = sub.add_parser("airflow", help="Airflow 3 as local processes (make airflow / make airflow-down)")
    af.add_argument("action", choices=["up", "down", "status", "cli"], help="cli ARGS: the airflow CLI")
    af.add_argument("--workers", type=int, default=0, help="Celery workers (CeleryExecutor + Redis); 0: LocalExecutor")
    af.add_argument("--no-triggerer", action="store_true", help="do not start the triggerer")
    af.add_argument("--fast-retries", action="store_true", help="retry failed tasks after 5 s, not 120 s")
    af.set_defaults(func=_airflow)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
