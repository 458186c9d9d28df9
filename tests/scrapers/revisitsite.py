"""A small news site for the revisit-policy tests: a sitemap with <lastmod>, an Atom feed with
<updated>, a dated listing, articles with ETags; a `LocalSite` (every request counted by path)."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from tests.localsite import LocalSite, Request, serving

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


class RevisitSite(LocalSite):
    def __init__(self) -> None:
        super().__init__()
        # Which discovery document lists which article: each article in exactly one.
        self.sitemap = {"/tin/a1.html": Article("Bài một"), "/tin/a2.html": Article("Bài hai")}
        self.feed = {"/tin/a3.html": Article("Bài ba")}
        self.listing = {"/tin/a4.html": Article("Bài bốn")}
        self.gone: set[str] = set()  # article paths that answer 404 (still listed)

    def article(self, path: str) -> Article | None:
        return {**self.sitemap, **self.feed, **self.listing}.get(path)

    def respond(self, req: Request, path: str, n: int) -> None:
        base = self.base
        if path == "/robots.txt":
            return req.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{a.lastmod}</lastmod></url>"
                           for p, a in self.sitemap.items())
            return req.send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                            f'sitemap/0.9">{urls}</urlset>'.encode(), "application/xml")
        if path == "/feed.atom":
            entries = "".join(f'<entry><title>{a.title}</title><link href="{base}{p}"/>'
                              f"<published>2024-01-01T08:00:00Z</published><updated>{a.lastmod}</updated></entry>"
                              for p, a in self.feed.items())
            return req.send(200, f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                            f"<title>tin</title>{entries}</feed>".encode(), "application/atom+xml")
        if path == "/listing.html":
            items = "".join(f'<li><a href="{p}">{a.title}</a> <span class="d">{a.date}</span></li>'
                            for p, a in self.listing.items())
            return req.send(200, f"<html><body><ul>{items}</ul></body></html>".encode())
        art = self.article(path)
        if art is None or path in self.gone:
            return req.send(404, b"not found", "text/plain")
        body = art.body(path)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if req.headers.get("If-None-Match") == etag:
            return req.send(304, headers={"ETag": etag})
        return req.send(200, body, headers={"ETag": etag})


@contextlib.contextmanager
def revisit_site() -> Iterator[RevisitSite]:
    with serving(RevisitSite()) as site:
        yield site
