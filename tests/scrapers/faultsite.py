"""The local site with the failure modes the fetcher must survive (tests only): a `LocalSite`."""

from __future__ import annotations

import contextlib
import gzip
import time
from collections.abc import Iterator

from tests.localsite import LocalSite, Request, serving, to_cp1258

PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{t}</title></head><body>"
        "<article class=\"content\"><p>{t}: chuyển đổi số tỉnh năm 2023.</p></article></body></html>")
LEGACY_TEXT = "Chuyển đổi số tỉnh Đắk Lắk: chính quyền số và kinh tế số"
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><item><title>&lol3;</title><link>http://x/a</link></item></channel></rss>"""


def page(title: str) -> bytes:
    return PAGE.format(t=title).encode()


class FaultSite(LocalSite):
    protocol_version = "HTTP/1.0"  # a connection per request: several pages hang up mid-answer

    def __init__(self, listing: list[str]):
        super().__init__()
        self.listing = listing

    def respond(self, req: Request, path: str, n: int) -> None:
        base = self.base
        if path == "/robots.txt":
            return req.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/listing.html":
            links = "".join(f'<a href="{u}">chuyển đổi số {u}</a>' for u in self.listing)
            return req.send(200, f"<html><body>{links}</body></html>".encode())
        if path == "/empty-listing.html":
            return req.send(200, b"<html><body><p>Trang dang bao tri</p></body></html>")
        if path.startswith("/ok/") or path in ("/dup-a.html", "/dup-b.html"):
            body = page("dup") if path.startswith("/dup") else page(path)
            etag = f'"{abs(hash(body))}"'
            if req.headers.get("If-None-Match") == etag:
                return req.send(304, headers={"ETag": etag})
            return req.send(200, body, headers={"ETag": etag, "Last-Modified": "Tue, 10 Oct 2023 09:00:00 GMT"})
        if path == "/missing.html" or path.startswith("/gone/"):
            return req.send(404, b"<html><body>Khong tim thay</body></html>")
        if path == "/flaky.html":
            return req.send(500, b"oops") if n == 1 else req.send(200, page("flaky"))
        if path == "/busy.html":
            if n == 1:
                return req.send(429, b"slow down", headers={"Retry-After": "1"})
            return req.send(200, page("busy"))
        if path == "/slow.html":
            time.sleep(3)
            return req.send(200, page("slow"))
        if path == "/loop/a":
            return req.send(302, headers={"Location": "/loop/b"})
        if path == "/loop/b":
            return req.send(302, headers={"Location": f"{base}/loop/a"})
        if path.startswith("/chain/"):
            k = int(path.rsplit("/", 1)[1])
            return req.send(302, headers={"Location": f"/chain/{k + 1}"})
        if path == "/offsite.html":
            return req.send(302, headers={"Location": "http://example.invalid/bai-viet.html"})
        if path == "/huge.html":  # declared too large
            req.send_response(200)
            req.send_header("Content-Type", "text/html")
            req.send_header("Content-Length", str(50 * 1024 * 1024))
            req.end_headers()
            with contextlib.suppress(OSError):
                req.wfile.write(b"<html>" + b"x" * 1024)
            return None
        if path == "/huge-stream.html":  # undeclared length, streams past the limit
            req.send_response(200)
            req.send_header("Content-Type", "text/html")
            req.end_headers()
            with contextlib.suppress(OSError):
                for _ in range(64):
                    req.wfile.write(b"<p>" + b"y" * 8192 + b"</p>")
            req.close_connection = True
            return None
        if path == "/legacy.html":
            body = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
                    f"<title>t</title></head><body><article class=\"content\"><p>{LEGACY_TEXT}</p>"
                    f"</article></body></html>")
            body = to_cp1258(body)
            return req.send(200, body, "text/html")
        if path == "/truncated.html":  # connection closes mid-body
            body = page("truncated")[:60]
            req.send(200, body, length=5000)
            req.close_connection = True
            return None
        if path == "/cut.html":  # complete response, but the HTML stops half way
            return req.send(200, page("cut")[:-40])
        if path == "/binary.html":
            return req.send(200, bytes(range(256)) * 4, "text/html")
        if path == "/private/secret.html":
            return req.send(200, page("secret"))
        if path == "/bomb.xml":
            return req.send(200, BOMB, "application/rss+xml")
        if path == "/sitemap_index.xml.gz":
            xml = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f"<sitemap><loc>{base}/sitemap-1.xml.gz</loc></sitemap></sitemapindex>").encode()
            return req.send(200, gzip.compress(xml), "application/x-gzip")
        if path == "/sitemap-1.xml.gz":
            xml = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f"<url><loc>{base}/ok/chuyen-doi-so-2023.html</loc><lastmod>2023-10-10</lastmod></url>"
                   f"<url><loc>{base}/ok/le-hoi-mua-xuan.html</loc><lastmod>2023-10-11</lastmod></url>"
                   f"<url><loc>{base}/ok/chuyen-doi-so-2021.html</loc><lastmod>2021-05-01</lastmod></url>"
                   f"</urlset>").encode()
            return req.send(200, gzip.compress(xml), "application/x-gzip")
        return req.send(404, b"not found")


@contextlib.contextmanager
def fault_site(listing: list[str] | None = None) -> Iterator[FaultSite]:
    with serving(FaultSite(listing or [])) as site:
        yield site


def base_url(server: FaultSite) -> str:
    return server.base
