"""A local site of broken sources, and their registry files, for the DAG-level fault tests.

Each source has a listing at `/<id>/` linking to one article, `/<id>/bai-viet-1.html`, that fails
in its own way. The text of the good articles is written for these tests (no third-party text).
"""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

from tests.localsite import LocalSite, Request, free_port, serving

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


def listing(sid: str) -> bytes:
    """A listing page of the size real ones have (over the pages suite's 200-byte floor: a listing landed alone, on a
    day with no article due, must not read as site drift; with a bare list it did, and the recovery test failed when
    its last run fell on the next UTC day)."""
    link = f'<li><a href="/{sid}/bai-viet-1.html">Chuyển đổi số: bài viết của {sid}</a></li>'
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chuyển đổi số - tin tức</title></head><body>'
        "<h1>Chuyển đổi số</h1><p>Tin tức, sự kiện về chuyển đổi số của tỉnh.</p>"
        f"<ul>{link}</ul></body></html>"
    ).encode()


class BrokenSite(LocalSite):
    protocol_version = "HTTP/1.0"  # a connection per request

    def __init__(self) -> None:
        super().__init__()
        self.slow_started = threading.Event()  # the slow source's listing was asked for
        self.slow_release = threading.Event()  # ... and may answer now
        self.healed: set[str] = set()  # sources whose article is good from now on

    def respond(self, req: Request, path: str, n: int) -> None:
        if path == "/robots.txt":
            return req.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        sid, _, rest = path.strip("/").partition("/")
        if not rest:  # a listing
            if sid == "slow" and n == 1:
                self.slow_started.set()
                self.slow_release.wait(timeout=120)
            return req.send(200, listing(sid))
        if sid in self.healed:  # a good page, with an ETag that a conditional GET may confirm
            if req.headers.get("If-None-Match") == '"good-1"':
                return req.send(304, headers={"ETag": '"good-1"'})
            return req.send(200, article("Cao Bằng", 77), headers={"ETag": '"good-1"'})
        if sid == "flaky":  # HTTP 500 once, then the page
            return req.send(500, b"oops") if n == 1 else req.send(200, article("Cao Bằng", 77))
        if sid == "slow":
            return req.send(200, article("Hà Giang", 66))
        if sid == "garbage":
            return req.send(200, GARBAGE, "text/html")
        if sid == "oversize":  # declared 20 MB (over the 15 MB limit)
            return req.send(200, b"<html>" + b"x" * 1024, "text/html", length=20 * 1024 * 1024)
        if sid == "stale":  # undecodable, with an ETag; a conditional GET on that ETag gets a 304
            if req.headers.get("If-None-Match") == STALE_ETAG:
                return req.send(304, headers={"ETag": STALE_ETAG})
            return req.send(200, GARBAGE, "text/html", headers={"ETag": STALE_ETAG})
        return req.send(404, b"<html><body>not found</body></html>")


@contextlib.contextmanager
def running() -> Iterator[BrokenSite]:
    site = BrokenSite()
    try:
        with serving(site):
            yield site
    finally:
        site.slow_release.set()  # before the shutdown, which waits for the slow answer


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
