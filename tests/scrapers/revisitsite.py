"""A small news site for the revisit-policy tests: a sitemap with <lastmod>, an Atom feed with
<updated>, a dated listing, articles with ETags, and a count of every request by path (tests only)."""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DISCOVERY = ("/sitemap.xml", "/feed.atom", "/listing.html")


@dataclass
class Article:
    title: str
    version: int = 1
    lastmod: str = "2024-01-01"  # what the sitemap / feed says (the listing shows `date`)
    date: str = "01/01/2024"

    def body(self, path: str) -> bytes:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{self.title}</title></head><body>'
                f'<article class="content"><p>{self.title} ({path}), bản {self.version}: chuyển đổi số.</p>'
                f"</article></body></html>").encode()


class RevisitSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)  # a free port
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        # Which discovery document lists which article: each article in exactly one.
        self.sitemap = {"/tin/a1.html": Article("Bài một"), "/tin/a2.html": Article("Bài hai")}
        self.feed = {"/tin/a3.html": Article("Bài ba")}
        self.listing = {"/tin/a4.html": Article("Bài bốn")}
        self.gone: set[str] = set()  # article paths that answer 404 (still listed)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def article(self, path: str) -> Article | None:
        return {**self.sitemap, **self.feed, **self.listing}.get(path)

    def take_hits(self) -> Counter[str]:
        with self.lock:
            hits, self.hits = self.hits, Counter()
        return hits


class _Handler(BaseHTTPRequestHandler):
    server: RevisitSite
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        srv, path, base = self.server, self.path, self.server.base
        with srv.lock:
            srv.hits[path] += 1
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{a.lastmod}</lastmod></url>"
                           for p, a in srv.sitemap.items())
            return self._send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                              f'sitemap/0.9">{urls}</urlset>'.encode(), "application/xml")
        if path == "/feed.atom":
            entries = "".join(f'<entry><title>{a.title}</title><link href="{base}{p}"/>'
                              f"<published>2024-01-01T08:00:00Z</published><updated>{a.lastmod}</updated></entry>"
                              for p, a in srv.feed.items())
            return self._send(200, f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                              f"<title>tin</title>{entries}</feed>".encode(), "application/atom+xml")
        if path == "/listing.html":
            items = "".join(f'<li><a href="{p}">{a.title}</a> <span class="d">{a.date}</span></li>'
                            for p, a in srv.listing.items())
            return self._send(200, f"<html><body><ul>{items}</ul></body></html>".encode(), "text/html; charset=utf-8")
        art = srv.article(path)
        if art is None or path in srv.gone:
            return self._send(404, b"not found", "text/plain")
        body = art.body(path)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return self._send(200, body, "text/html; charset=utf-8", {"ETag": etag})


@contextlib.contextmanager
def revisit_site() -> Iterator[RevisitSite]:
    server = RevisitSite()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
