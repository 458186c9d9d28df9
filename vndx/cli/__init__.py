"""The `vndx` command.

    vndx warehouse up|down|url|status     the embedded PostgreSQL
    vndx extract [--published D] [--source-url U] [--doc ID] PATH...   facts from files (JSON lines)
    vndx facts                            the consolidated mart as JSON lines
    vndx run                              the whole pipeline once (what `make run` calls)
    vndx reprocess                        re-parse and re-extract every landed page, no network
    vndx demo-site [--port N]             serve the local demo site
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


def _run(args: argparse.Namespace) -> int:
    from vndx.pipeline.runner import run_all  # noqa: PLC0415

    return run_all()


def _reprocess(args: argparse.Namespace) -> int:
    from vndx.pipeline.runner import reprocess_all  # noqa: PLC0415

    return reprocess_all()


def _demo_site(args: argparse.Namespace) -> int:
    from scrapers.demo.server import serve_forever  # noqa: PLC0415
    from vndx import config  # noqa: PLC0415

    serve_forever(port=config.demo_port() if args.port is None else args.port)
    return 0


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `vndx facts | head` ends quietly
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "extract":  # its own parser: the external contract
        return _extract(argv[1:])
    parser = argparse.ArgumentParser(prog="vndx", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    wh = sub.add_parser("warehouse", help="the embedded PostgreSQL")
    wh.add_argument("action", choices=["up", "down", "url", "status"])
    wh.set_defaults(func=_warehouse)
    sub.add_parser("extract", help="extract facts from .txt/.html files (see `vndx extract -h`)")
    sub.add_parser("facts", help="print the consolidated mart as JSON lines").set_defaults(func=_facts)
    sub.add_parser("run", help="run the whole pipeline once").set_defaults(func=_run)
    sub.add_parser("reprocess", help="re-parse and re-extract landed pages").set_defaults(func=_reprocess)
    demo = sub.add_parser("demo-site", help="serve the local demo site")
    demo.add_argument("--port", type=int, default=None)
    demo.set_defaults(func=_demo_site)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
