"""Serve the static demo site (`scrapers/demo/site/`) on 127.0.0.1.

`${BASE}` in .xml files and robots.txt is replaced by the base URL the client used (from the Host
header), so feeds and sitemaps carry absolute links on whatever port the site runs.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE_DIR = Path(__file__).parent / "site"
# `vndx run` gives its demo site a random token (`--token`) and checks this path answers
# with it: the readiness check then knows the server on the port is the one it started.
TOKEN_PATH = "/.well-known/vndx-demo-token"


class DemoHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".html": "text/html; charset=utf-8",
        ".xml": "application/xml; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
    }
    server_version = "vndx-demo/1.0"

    def log_message(self, format: str, *args) -> None:
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    def do_GET(self) -> None:
        if self.path == TOKEN_PATH:
            body = (getattr(self.server, "token", None) or "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        path = self.translate_path(self.path)
        if path.endswith((".xml", "robots.txt")) and Path(path).is_file():
            host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
            body = Path(path).read_bytes().replace(b"${BASE}", f"http://{host}".encode())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


def make_server(port: int = 0, host: str = "127.0.0.1", site_dir: Path = SITE_DIR) -> ThreadingHTTPServer:
    # SO_REUSEADDR (HTTPServer's default) lets a restart bind over TIME_WAIT connections, but on
    # Linux never over a socket that listens: a taken port fails here, loudly.
    server = ThreadingHTTPServer((host, port), partial(DemoHandler, directory=str(site_dir)))
    server.daemon_threads = True
    return server


@contextlib.contextmanager
def running(port: int = 0) -> Iterator[str]:
    """Run the demo site in a background thread; yields its base URL (no trailing slash)."""
    server = make_server(port)
    thread = threading.Thread(target=server.serve_forever, name="vndx-demo-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def serve_forever(port: int, token: str | None = None) -> int:
    """Serve the demo site until interrupted (`vndx demo-site` passes `VNDX_DEMO_PORT`, default 8765).
    `token` is what TOKEN_PATH answers. Returns 1, with one line on stderr, when the port is taken."""
    try:
        server = make_server(port)
    except OSError as exc:
        print(f"vndx demo-site: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    server.token = token  # type: ignore[attr-defined]
    server.verbose = True  # type: ignore[attr-defined]
    print(f"vndx demo site on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
