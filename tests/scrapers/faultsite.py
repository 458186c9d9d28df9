"""A local threaded HTTP server with the failure modes the fetcher must survive (tests only)."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{t}</title></head><body>"
        "<article class=\"content\"><p>{t}: chuyển đổi số tỉnh năm 2023.</p></article></body></html>")
LEGACY_TEXT = "Chuyển đổi số tỉnh Đắk Lắk: chính quyền số và kinh tế số"
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><item><title>&lol3;</title><link>http://x/a</link></item></channel></rss>"""


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 writes Vietnamese: base letter (â, ơ, ...) + a combining tone mark."""
    import unicodedata

    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def page(title: str) -> bytes:
    return PAGE.format(t=title).encode()


class FaultHandler(BaseHTTPRequestHandler):
    server: FaultServer

    def log_message(self, format: str, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        srv = self.server
        with srv.lock:
            srv.hits[path] += 1
            srv.times.setdefault(path, []).append(time.monotonic())
            n = srv.hits[path]
            srv.user_agents.add(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{srv.server_address[1]}"
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/listing.html":
            links = "".join(f'<a href="{u}">chuyển đổi số {u}</a>' for u in srv.listing)
            return self._send(200, f"<html><body>{links}</body></html>".encode())
        if path == "/empty-listing.html":
            return self._send(200, b"<html><body><p>Trang dang bao tri</p></body></html>")
        if path.startswith("/ok/") or path in ("/dup-a.html", "/dup-b.html"):
            body = page("dup") if path.startswith("/dup") else page(path)
            etag = f'"{abs(hash(body))}"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, headers={"ETag": etag})
            return self._send(200, body, headers={"ETag": etag, "Last-Modified": "Tue, 10 Oct 2023 09:00:00 GMT"})
        if path == "/missing.html" or path.startswith("/gone/"):
            return self._send(404, b"<html><body>Khong tim thay</body></html>")
        if path == "/flaky.html":
            return self._send(500, b"oops") if n == 1 else self._send(200, page("flaky"))
        if path == "/busy.html":
            if n == 1:
                return self._send(429, b"slow down", headers={"Retry-After": "1"})
            return self._send(200, page("busy"))
        if path == "/slow.html":
            time.sleep(3)
            return self._send(200, page("slow"))
        if path == "/loop/a":
            return self._send(302, headers={"Location": "/loop/b"})
        if path == "/loop/b":
            return self._send(302, headers={"Location": f"{base}/loop/a"})
        if path.startswith("/chain/"):
            k = int(path.rsplit("/", 1)[1])
            return self._send(302, headers={"Location": f"/chain/{k + 1}"})
        if path == "/offsite.html":
            return self._send(302, headers={"Location": "http://example.invalid/bai-viet.html"})
        if path == "/huge.html":  # declared too large
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(b"<html>" + b"x" * 1024)
            return None
        if path == "/huge-stream.html":  # undeclared length, streams past the limit
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with contextlib.suppress(OSError):
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"y" * 8192 + b"</p>")
            self.close_connection = True
            return None
        if path == "/legacy.html":
            body = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
                    f"<title>t</title></head><body><article class=\"content\"><p>{LEGACY_TEXT}</p>"
                    f"</article></body></html>")
            body = to_cp1258(body)
            return self._send(200, body, "text/html")
        if path == "/truncated.html":  # connection closes mid-body
            body = page("truncated")[:60]
            self._send(200, body, length=5000)
            self.close_connection = True
            return None
        if path == "/cut.html":  # complete response, but the HTML stops half way
            return self._send(200, page("cut")[:-40])
        if path == "/binary.html":
            return self._send(200, bytes(range(256)) * 4, "text/html")
        if path == "/private/secret.html":
            return self._send(200, page("secret"))
        if path == "/bomb.xml":
            return self._send(200, BOMB, "application/rss+xml")
        if path == "/sitemap_index.xml.gz":
            xml = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f"<sitemap><loc>{base}/sitemap-1.xml.gz</loc></sitemap></sitemapindex>").encode()
            return self._send(200, gzip.compress(xml), "application/x-gzip")
        if path == "/sitemap-1.xml.gz":
            xml = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f"<url><loc>{base}/ok/chuyen-doi-so-2023.html</loc><lastmod>2023-10-10</lastmod></url>"
                   f"<url><loc>{base}/ok/le-hoi-mua-xuan.html</loc><lastmod>2023-10-11</lastmod></url>"
                   f"<url><loc>{base}/ok/chuyen-doi-so-2021.html</loc><lastmod>2021-05-01</lastmod></url>"
                   f"</urlset>").encode()
            return self._send(200, gzip.compress(xml), "application/x-gzip")
        return self._send(404, b"not found")


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, listing: list[str]):
        super().__init__(("127.0.0.1", 0), FaultHandler)
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.times: dict[str, list[float]] = {}
        self.user_agents: set[str] = set()
        self.listing = listing

    def handle_error(self, request, client_address) -> None:
        pass  # clients hang up on purpose (timeouts, size limits)


@contextlib.contextmanager
def fault_site(listing: list[str] | None = None) -> Iterator[FaultServer]:
    server = FaultServer(listing or [])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def base_url(server: FaultServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"
