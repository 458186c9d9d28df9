"""`vndx run` (what `make run` calls): the whole pipeline once, with real Airflow, on one machine.

Stages, each with a progress line:
  1. warehouse   embedded PostgreSQL up (or VNDX_WAREHOUSE_URL), raw/quarantine/audit DDL
  2. demo site   the local site with the seed articles (registry `demo` only)
  3. airflow     metadata DB (SQLite under $VNDX_HOME/airflow), pool (`vndx airflow-init`'s bootstrap;
                 skipped when this Airflow version already migrated that file and set the pool)
  4. dbt parse   the manifest Cosmos renders the dbt DAG from
  5. crawl       `airflow dags test vndx_pipeline`: discover, fetch, land, parse, extract, validate
  6. marts       `airflow dags test vndx_transform`: dbt seed/run/test through Cosmos
  7. docs        `dbt docs generate`; the GX Data Docs were built by vndx_pipeline (once per run)
  8. report      the consolidated mart, and where the docs are
Each stage line ends with the stage's seconds; `[8/8] report` gives the total.

Running it again for the same day re-runs the same data interval: every write is an upsert
keyed by source and interval, so no table grows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from scrapers.demo.server import TOKEN_PATH
from vndx import config
from vndx.orchestration import airflow_settings, bootstrap
from vndx.pipeline import children

STAGES = 8


class StageError(RuntimeError):
    pass


class _Clock:
    """When the last progress line was printed: each stage line shows the seconds since it."""

    last = time.monotonic()


def _progress(n: int, name: str, detail: str = "", *, timed: bool = True) -> None:
    now = time.monotonic()
    seconds, _Clock.last = now - _Clock.last, now
    print(f"[{n}/{STAGES}] {name:<10} {detail}".rstrip() + (f" ({seconds:.1f} s)" if timed else ""), flush=True)


def _venv_bin() -> Path:
    return Path(sys.executable).parent


def airflow_env(url: str) -> dict[str, str]:
    """Environment for `airflow dags test` in the embedded mode: the settings of every deployment
    (vndx/orchestration/airflow_settings.py), with SQLite metadata and a short retry delay."""
    airflow_home = config.home() / "airflow"
    airflow_home.mkdir(parents=True, exist_ok=True)
    deployment = airflow_settings.Deployment(
        executor="LocalExecutor",
        dags_folder=str(config.REPO_ROOT / "dags"),
        warehouse_url=url,
        retry_delay_seconds=config.settings().retry_delay_seconds or airflow_settings.FAST_RETRY_DELAY_SECONDS,
    )
    env = dict(os.environ)
    env.update(airflow_settings.airflow_environment(deployment))
    env.update(
        {
            "AIRFLOW_HOME": str(airflow_home),
            "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": env.get("AIRFLOW__LOGGING__LOGGING_LEVEL", "INFO"),
            "PATH": f"{_venv_bin()}{os.pathsep}{env.get('PATH', '')}",
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            # one task at a time: a marts watcher started before the producer would wait forever
            "VNDX_DBT_WATCH_DURING_BUILD": "0",
        }
    )
    return env


def _logfile(name: str) -> Path:
    logs = config.home() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    return logs / f"{name}.log"


def _call(cmd: list[str], env: dict[str, str], log_name: str, timeout: float = 1800) -> str:
    """Run a command, output to a log file; on failure raise with the log's tail."""
    returncode, text = _run_logged(cmd, env, log_name, timeout)
    if returncode != 0:
        raise StageError(f"`{' '.join(cmd[:4])}` failed (exit {returncode}); log: {_logfile(log_name)}\n"
                         f"{text[-4000:]}")
    return text


def _run_logged(cmd: list[str], env: dict[str, str], log_name: str, timeout: float) -> tuple[int, str]:
    log = _logfile(log_name)
    with log.open("w") as fh:
        proc = children.popen(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, cwd=config.REPO_ROOT)
        try:
            returncode = proc.wait(timeout=timeout)
        finally:
            children.stop(proc)  # its whole process group, also when we are interrupted
    return returncode, log.read_text(errors="replace")


@contextlib.contextmanager
def demo_site(port: int):
    """Serve the demo site in a child process for the duration of the run.

    The port must be free (a leftover server would otherwise answer for us), and the readiness
    check asks for a token only this child knows, so it never mistakes another server for ours."""
    base = f"http://127.0.0.1:{port}"
    if not _port_is_free(port):
        raise StageError(f"demo site port {port} is taken by another program (stop it, or set VNDX_DEMO_PORT)")
    token = secrets.token_hex(16)
    proc = children.popen(
        [sys.executable, "-m", "vndx.cli", "demo-site", "--port", str(port), "--token", token],
        stdout=_logfile("demo-site").open("w"),
        stderr=subprocess.STDOUT,
        cwd=config.REPO_ROOT,
    )
    try:
        _wait_for_demo_site(base, token, proc)
        yield base
    finally:
        children.stop(proc)


def _wait_for_demo_site(base: str, token: str, proc: subprocess.Popen) -> None:
    for _ in range(200):
        if proc.poll() is not None:
            raise StageError(f"demo site exited (code {proc.returncode}); see {_logfile('demo-site')}")
        try:
            with urllib.request.urlopen(base + TOKEN_PATH, timeout=1) as resp:
                answer = resp.read().decode().strip()
        except OSError:
            time.sleep(0.1)
            continue
        if answer != token:
            raise StageError(f"another server answers on {base}: not the demo site this run started")
        return
    raise StageError(f"demo site did not answer on {base} within 20 s; see {_logfile('demo-site')}")


def _port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _dag_test(dag_id: str, logical_date: str, env: dict[str, str], conf: dict | None = None) -> str:
    """`airflow dags test` (exit 1 when the run failed): on failure, name the failed tasks."""
    log_name = f"airflow-{dag_id}"
    cmd = ["airflow", "dags", "test", dag_id, logical_date] + (["--conf", json.dumps(conf)] if conf else [])
    returncode, text = _run_logged(cmd, env, log_name, 1800)
    if returncode != 0:
        errors = [line.strip()[:300] for line in text.splitlines() if _ERROR_LINE.search(line)][-8:]
        # The cause first: when dbt fails under the watcher-mode marts DAG every model after the
        # failure ends `failed` too, and a long task list would push the cause out of the one line.
        raise StageError(f"{dag_id} failed: {_root_cause(text)} ({_task_list(_failed_tasks(text))});"
                         f" log: {_logfile(log_name)}\n" + "\n".join(errors))
    return text


def _task_list(failed: set[str], shown: int = 4) -> str:
    """'failed tasks: a, b, c, d and 48 more', short enough for the stage line."""
    if not failed:
        return "failed tasks: see the log"
    names = sorted(failed)
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return f"failed tasks: {', '.join(names[:shown])}{more}"


_ERROR_LINE = re.compile(r"error|refused|could not connect|FATAL", re.I)
# What a reader needs first, most telling first: "Database Error" alone says nothing, the
# "Connection refused" line under it says the warehouse is down.
_CAUSES = [re.compile(p, re.I) for p in (r"connection refused", r"could not connect[^\n]*", r"FATAL:[^\n]*",
                                          r"\w+(?:Error|Exception): [^\n]*")]


def _root_cause(text: str) -> str:
    for pattern in _CAUSES:
        found = pattern.findall(text)
        if found:
            line = next(ln for ln in reversed(text.splitlines()) if pattern.search(ln))
            return " ".join(line.split())[-300:]
    return "see the log"


def _dag_test_or_error(dag_id: str, logical_date: str, env: dict[str, str],
                       conf: dict | None = None) -> StageError | None:
    try:
        _dag_test(dag_id, logical_date, env, conf)
    except StageError as exc:
        return exc
    return None


def _failed_sources(url: str, registry: str, logical_date: str) -> list:
    """The sources whose chain failed in this interval's latest attempt (audit.batch_stages)."""
    from scrapers.registry import source_ids  # noqa: PLC0415
    from vndx.pipeline.batches import batch_id_for  # noqa: PLC0415
    from vndx.pipeline.outcomes import failures  # noqa: PLC0415
    from vndx.warehouse.db import connect  # noqa: PLC0415

    day = dt.date.fromisoformat(logical_date[:10])
    with connect(url) as conn:
        return failures(conn, [(batch_id_for(s, day), s) for s in source_ids(registry)])


def _failed_tasks(text: str) -> set[str]:
    """Task ids whose instance ended failed, from the `dags test` log."""
    failed: set[str] = set()
    current = None
    for line in text.splitlines():
        if "[DAG TEST] running task" in line or "[DAG TEST] starting task_id=" in line:
            if "task_id=" in line:
                current = line.split("task_id=", 1)[1].split()[0]
        elif "new_state=failed" in line and current:
            failed.add(current)
    return failed


def _uses_demo_site(registry: str) -> bool:
    """The demo registry, or a folder of sources some of which point at the demo site."""
    if registry == "demo":
        return True
    from scrapers.registry import RegistryError, source_files  # noqa: PLC0415

    try:
        files = source_files(registry)
    except RegistryError:
        return False  # the pipeline's own tasks say what is wrong with the registry
    return any("${VNDX_DEMO_BASE_URL" in path.read_text(errors="replace") for path in files)


class _Stages:
    """Runs stages with a progress line each; a failure is one `[n/8] name FAILED: reason` line,
    its traceback goes to the run's log file, named in the line."""

    def __init__(self) -> None:
        self.log = _logfile("vndx-run")
        self.log.write_text("")
        self.current = (1, "warehouse")  # the stage running now (the one a failure belongs to)

    def at(self, n: int, name: str) -> None:
        self.current = (n, name)

    def fail(self, n: int, name: str, exc: BaseException) -> str:
        import traceback  # noqa: PLC0415

        from vndx.warehouse.embedded import WarehouseError  # noqa: PLC0415

        with self.log.open("a") as fh:
            fh.write(f"[{n}/{STAGES}] {name} FAILED\n")
            traceback.print_exception(exc, file=fh)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        own = isinstance(exc, StageError | WarehouseError) or type(exc).__module__.startswith("vndx")
        first = first if own and first else f"{type(exc).__name__}: {first}".rstrip(": ")
        line = f"FAILED: {first[:500]} (details: {self.log})"
        _progress(n, name, line)
        return line


def run_all(full_reread: bool = False) -> int:
    """The whole pipeline once; exit 0 when every source and stage succeeded, 1 otherwise.
    `full_reread`: the crawl fetches every discovered article, not only those due (the DAG param)."""
    from vndx.pipeline import report  # noqa: PLC0415
    from vndx.warehouse.db import ensure_schema, warehouse_url  # noqa: PLC0415

    started = _Clock.last = time.monotonic()
    run_started = dt.datetime.now(dt.UTC)
    stages = _Stages()
    try:
        url = warehouse_url(start=True)
        ensure_schema(url)
    except Exception as exc:  # nothing can run without the warehouse
        stages.fail(1, "warehouse", exc)
        return 1
    where = "external (VNDX_WAREHOUSE_URL)" if config.external_warehouse_url() else "embedded"
    _progress(1, "warehouse", f"{where} PostgreSQL ready at {_redact(url)}")

    registry = config.settings().sources
    site = demo_site(config.demo_port()) if _uses_demo_site(registry) else contextlib.nullcontext(None)
    failed_sources: list = []
    try:
        stages.at(2, "sources")
        with site as base:
            _progress(2, "sources", f"registry '{registry}'" + (f", demo site at {base}" if base else ""))
            env = airflow_env(url)
            if base:
                env["VNDX_DEMO_BASE_URL"] = base
            stages.at(3, "airflow")
            try:  # `vndx airflow-init` steps 1-2, unless this metadata is already migrated and pooled
                migrated = bootstrap.init_metadata_once(env, _logfile("airflow").parent)
            except bootstrap.BootstrapError as exc:
                raise StageError(str(exc)) from exc
            _progress(3, "airflow", f"metadata at {env['AIRFLOW_HOME']}" + ("" if migrated else " (up to date)"))
            from vndx.transform import run_dbt  # noqa: PLC0415

            stages.at(4, "dbt parse")
            run_dbt("parse", url=url)
            _progress(4, "dbt parse", "manifest ready for Cosmos")
            logical_date = run_started.strftime("%Y-%m-%dT00:00:00+00:00")
            stages.at(5, "crawl")
            pipeline_error = _dag_test_or_error("vndx_pipeline", logical_date, env,
                                                {"full_reread": True} if full_reread else None)
            failed_sources = _failed_sources(url, registry, logical_date)
            summary = report.crawl_summary(url, since=run_started)
            if pipeline_error is None and not failed_sources:
                _progress(5, "crawl", f"vndx_pipeline done for {logical_date[:10]}: {summary}")
            elif failed_sources:
                _progress(5, "crawl", f"FAILED for {len(failed_sources)} source(s), the others went on: {summary}")
                for f in failed_sources:
                    print(f"        {f.source_id}: {f.stage} failed: {f.reason.removeprefix(f.source_id + ': ')}",
                          flush=True)
            else:
                stages.fail(5, "crawl", pipeline_error)
                return 1
        stages.at(6, "marts")
        _dag_test("vndx_transform", logical_date, env)
        _progress(6, "marts", f"vndx_transform done: {report.mart_summary(url)}")
        stages.at(7, "docs")
        run_dbt("docs", "generate", url=url)
        _progress(7, "docs", "dbt docs and GX Data Docs built")
    except Exception as exc:  # one line for the user, the traceback in the log
        stages.fail(*stages.current, exc)
        return 1
    _progress(8, "report", f"in {time.monotonic() - started:.0f} s", timed=False)
    report.print_mart_table(url)
    report.print_doc_paths()
    if failed_sources:
        names = ", ".join(f.source_id for f in failed_sources)
        print(f"\nvndx run: the marts were built without {len(failed_sources)} failed source(s): {names}"
              f" (reasons above; task logs under {config.home() / 'airflow' / 'logs'})", file=sys.stderr)
        return 1
    return 0


def reprocess_all(force: bool = False) -> int:
    """Re-parse, re-extract and re-validate everything landed, without Airflow or network. Pages
    already parsed from the same content by the current parser and extractor versions are skipped
    (a version bump re-does them all), unless `force`."""
    from vndx.pipeline import reprocess, tasks  # noqa: PLC0415
    from vndx.warehouse.db import ensure_schema  # noqa: PLC0415

    ensure_schema()
    batches = reprocess.landed_batches()
    failed = 0
    for batch in batches:
        try:
            parsed = tasks.parse_and_extract({**batch, "force": force})
            validated = tasks.validate(parsed)
        except Exception as exc:  # one batch must not stop the others
            failed += 1
            print(f"{batch['batch_id']}: FAILED {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        print(f"{batch['batch_id']}: {parsed['documents']} documents, {parsed['unchanged']} unchanged, "
              f"{parsed['facts']} facts, "
              f"{validated['quarantined']} quarantined")
    tasks.build_data_docs([b["batch_id"] for b in batches])  # once, as the DAG's build_data_docs task
    print(f"reprocessed {len(batches) - failed}/{len(batches)} batches; run `make run` or the "
          "vndx_transform DAG to rebuild the marts")
    return 1 if failed else 0


def _redact(url: str) -> str:
    from urllib.parse import urlsplit  # noqa: PLC0415

    parts = urlsplit(url)
    if parts.password:
        return url.replace(":" + parts.password + "@", ":***@")
    return url
