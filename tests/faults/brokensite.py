"""A local site of broken sources, and their registry files, for the DAG-level fault tests.

Each source has a listing at `/<id>/` linking to one article, `/<id>/bai-viet-1.html`, that fails
in its own way. The text of the good articles is written for these tests (no third-party text).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEMO_SOURCES = Path(__file__).resolve().parents[2] / "scrapers" / "sources" / "demo"
GARBAGE = bytes(range(256)) * 4  # no charset decodes it
STALE_ETAG = '"stale-1"'


def article(province_name: str, value: int) -> bytes:
    """An article with one fact: the internet user rate of a province in 2024."""
    body = (
        f"<p>Năm 2024, tỉnh {province_name} tiếp tục đẩy mạnh chuyển đổi số trên cả ba trụ cột chính quyền số, "
        f"kinh tế số và xã hội số. Theo báo cáo của Sở Thông tin và Truyền thông, tỷ lệ người dùng internet "
        f"của tỉnh {province_name} đạt {value}%, tăng so với năm trước.</p>"
        f"<p>Các cơ quan nhà nước của tỉnh đã kết nối hệ thống quản lý văn bản điều hành, người dân được hướng "
        f"dẫn sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt tại nhiều xã, phường.</p>"
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{province_name}: chuyển đổi số năm 2024</title>"
        '<meta property="article:published_time" content="2024-10-08T08:00:00+07:00"></head>'
        f'<body><article class="content"><h1>{province_name}: chuyển đổi số năm 2024</h1>{body}</article>'
        "</body></html>"
    ).encode()


class BrokenSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.slow_started = threading.Event()  # the slow source's listing was asked for
        self.slow_release = threading.Event()  # ... and may answer now
        self.healed: set[str] = set()  # sources whose article is good from now on

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: BrokenSite

    def log_message(self, format: str, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        srv = self.server
        with srv.lock:
            srv.hits[path] += 1
            n = srv.hits[path]
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        sid, _, rest = path.strip("/").partition("/")
        if not rest:  # a listing
            if sid == "slow" and n == 1:
                srv.slow_started.set()
                srv.slow_release.wait(timeout=120)
            link = f'<li><a href="/{sid}/bai-viet-1.html">Chuyển đổi số: bài viết của {sid}</a></li>'
            return self._send(200, f"<html><body><ul>{link}</ul></body></html>".encode())
        if sid in srv.healed:  # a good page, with an ETag that a conditional GET may confirm
            if self.headers.get("If-None-Match") == '"good-1"':
                return self._send(304, headers={"ETag": '"good-1"'})
            return self._send(200, article("Cao Bằng", 77), headers={"ETag": '"good-1"'})
        if sid == "flaky":  # HTTP 500 once, then the page
            return self._send(500, b"oops") if n == 1 else self._send(200, article("Cao Bằng", 77))
        if sid == "slow":
            return self._send(200, article("Hà Giang", 66))
        if sid == "garbage":
            return self._send(200, GARBAGE, "text/html")
        if sid == "oversize":  # declared 20 MB (over the 15 MB limit)
            return self._send(200, b"<html>" + b"x" * 1024, "text/html", length=20 * 1024 * 1024)
        if sid == "stale":  # undecodable, with an ETag; a conditional GET on that ETag gets a 304
            if self.headers.get("If-None-Match") == STALE_ETAG:
                return self._send(304, headers={"ETag": STALE_ETAG})
            return self._send(200, GARBAGE, "text/html", headers={"ETag": STALE_ETAG})
        return self._send(404, b"<html><body>not found</body></html>")


@contextlib.contextmanager
def running() -> Iterator[BrokenSite]:
    server = BrokenSite()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.slow_release.set()
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def source_yaml(sid: str, base: str, province: str = "cao-bang", discovery_key: str = "discovery") -> str:
    return (f"id: {sid}\npublisher: Fault test source {sid}\nkind: newspaper\nprovince: {province}\n"
            f'base_urls: ["{base}/{sid}/"]\n{discovery_key}:\n  listings:\n    - url: "{base}/{sid}/"\n'
            "crawl_delay: 0.0\nchecked: false\n")


def registry(folder: Path, base: str, broken: list[str]) -> Path:
    """The demo sources plus the named broken ones, as a registry folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in DEMO_SOURCES.glob("*.yml"):
        shutil.copy(path, folder / path.name)
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    files = {
        "dead-port": source_yaml("dead-port", dead),
        "garbage": source_yaml("garbage", base),
        "oversize": source_yaml("oversize", base),
        "flaky": source_yaml("flaky", base),
        "stale": source_yaml("stale", base),
        "slow": source_yaml("slow", base, province="ha-giang"),
        "typo-key": source_yaml("typo-key", base, discovery_key="discovey"),
        "broken-yaml": "id: broken-yaml\npublisher: [unclosed\nkind: newspaper\n",
    }
    for sid in broken:
        (folder / f"{sid}.yml").write_text(files[sid])
    return folder
