"""``vndx docs [--dbt-port N] [--gx-port N] [--no-generate]``: serve the dbt docs and the GX Data Docs.

Both are static sites already on disk after ``make run`` (dbt: ``dbt_project/target/index.html``,
written by ``dbt docs generate``; GX: the Data Docs folder the validate tasks build). This serves
each on 127.0.0.1 with Python's HTTP server (dbt's page loads manifest.json and catalog.json next
to it, which a ``file://`` URL cannot) and prints the two URLs, until Ctrl-C.

Ports: 8580 (dbt docs) and 8581 (GX Data Docs) by default, not dbt's own 8080, which Airflow's
API server takes; a port that is taken is replaced by a free one (the printed URL says which);
0 asks for a free port. Without dbt's index.html, ``dbt docs generate`` runs first (it needs the
warehouse) unless --no-generate.
"""

from __future__ import annotations

import argparse
import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DBT_DOCS_PORT = 8580
GX_DOCS_PORT = 8581


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # the base class names it `format`
        pass  # one line per request would bury the URLs


def _bind(directory: Path, port: int) -> ThreadingHTTPServer:
    """A server for `directory` on 127.0.0.1:`port`, or on a free port when that one is taken."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    try:
        return ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError:
        return ThreadingHTTPServer(("127.0.0.1", 0), handler)


def _dbt_index(generate: bool) -> Path | None:
    from vndx import config  # noqa: PLC0415

    index = config.dbt_project_dir() / "target" / "index.html"
    if not index.exists() and generate:
        from vndx.transform import run_dbt  # noqa: PLC0415 - dbt only when the docs are missing

        print("dbt docs: not generated yet, running `dbt docs generate` ...", flush=True)
        result = run_dbt("docs", "generate", check=False)
        if result.returncode != 0:
            print(f"dbt docs generate failed (is the warehouse up and built?):\n{result.stdout[-1500:]}",
                  file=sys.stderr)
    return index if index.exists() else None


def _gx_index() -> Path | None:
    from expectations.runner import data_docs_index  # noqa: PLC0415 - GX only for this command
    from vndx import config  # noqa: PLC0415

    index = data_docs_index(config.gx_docs_dir())
    return index if index.exists() else None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vndx docs", description="Serve the dbt docs and the GX Data Docs.")
    p.add_argument("--dbt-port", type=int, default=DBT_DOCS_PORT, help=f"default {DBT_DOCS_PORT}; 0: a free port")
    p.add_argument("--gx-port", type=int, default=GX_DOCS_PORT, help=f"default {GX_DOCS_PORT}; 0: a free port")
    p.add_argument("--no-generate", action="store_true", help="never run `dbt docs generate`")
    return p


def serve(dbt_index: Path | None, gx_index: Path | None, dbt_port: int, gx_port: int) -> list[tuple[str, str]]:
    """Start the servers (daemon threads); returns [(name, URL)]."""
    urls = []
    for name, index, port in (("dbt docs", dbt_index, dbt_port), ("GX Data Docs", gx_index, gx_port)):
        if index is None:
            continue
        server = _bind(index.parent, port)
        threading.Thread(target=server.serve_forever, name=f"docs-{port}", daemon=True).start()
        host, bound = server.server_address[:2]
        note = "" if port in (0, bound) else f"  (port {port} was taken)"
        urls.append((name, f"http://{host}:{bound}/{index.name}{note}"))
    return urls


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    dbt_index, gx_index = _dbt_index(not args.no_generate), _gx_index()
    if dbt_index is None:
        print("dbt docs: none (run `make run`, or `vndx warehouse up` and `dbt docs generate`)", file=sys.stderr)
    if gx_index is None:
        print("GX Data Docs: none yet (the validate tasks build them: run `make run`)", file=sys.stderr)
    if dbt_index is None and gx_index is None:
        return 1
    for name, url in serve(dbt_index, gx_index, args.dbt_port, args.gx_port):
        print(f"{name + ':':<14}{url}", flush=True)
    print("serving on 127.0.0.1 until Ctrl-C", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
