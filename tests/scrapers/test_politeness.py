"""Politeness over real HTTP: no two requests to one host closer than its delay (the source's
`crawl_delay`, or robots.txt's `Crawl-delay` when larger), robots.txt included, whatever the
threads. The gaps are measured on the server: the kernel's arrival stamps of the requests
(`tests.localsite`). Only the lower bound is asserted, which load cannot break (a starved crawler
is late, never early); how close to the delay a crawl keeps is `bench/crawl.py`'s measure."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from scrapers.crawl import crawl_source
from scrapers.fetcher import Fetcher
from scrapers.registry import source_from_dict
from scrapers.revisit import RevisitPolicy
from tests.localsite import LocalSite, Request, serving
from vndx.warehouse.db import connect

# The kernel stamps arrivals with CLOCK_REALTIME, the fetcher paces with CLOCK_MONOTONIC: both
# tick at the same (NTP-slewed) rate; this is float rounding, not a timing allowance.
ROUNDING = 1e-6


class PoliteSite(LocalSite):
    """robots.txt (with an optional Crawl-delay), a sitemap of `articles` pages, the pages."""

    def __init__(self, articles: int, crawl_delay: float | None = None):
        super().__init__()
        self.articles = articles
        self.robots = "User-agent: *\nDisallow: /admin/\n" + (
            f"Crawl-delay: {crawl_delay}\n" if crawl_delay is not None else "")

    def respond(self, req: Request, path: str, n: int) -> None:
        if path == "/robots.txt":
            return req.send(200, self.robots.encode(), "text/plain")
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{self.base}/tin/bai-{k}.html</loc></url>" for k in range(self.articles))
            return req.send(200, (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                  f'sitemap/0.9">{urls}</urlset>').encode(), "application/xml")
        if path.startswith("/tin/"):
            return req.send(200, (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{path}</title>'
                                  f'</head><body><article class="content"><p>Bài {path}: chuyển đổi số.</p>'
                                  f"</article></body></html>").encode())
        return req.send(404, b"not found", "text/plain")


def _source(base: str, delay: float):
    return source_from_dict({
        "id": "polite", "publisher": "polite site", "kind": "newspaper", "base_urls": [base + "/"],
        "crawl_delay": delay, "relevance_filter": False, "article_url_pattern": r"/tin/",
        "discovery": {"sitemaps": [base + "/sitemap.xml"]},
    })


def _gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_a_crawl_keeps_the_delay_between_every_two_requests_robots_txt_included(fresh_db, tmp_path):
    delay = 0.15
    opened_at: list[float] = []

    def connect_later():
        opened_at.append(time.time())  # the clock of the kernel's arrival stamps
        return connect(fresh_db)

    with serving(PoliteSite(articles=6)) as site, Fetcher(timeout=5.0, max_attempts=1) as fetcher:
        run = crawl_source(_source(site.base, delay), batch_id="polite/2024-05-01", connect=connect_later,
                           raw_root=str(tmp_path), fetcher=fetcher, max_workers=4,  # 4 threads, one host
                           revisit_policy=RevisitPolicy(now=datetime.now(UTC)))
        times = site.times()
        order = [path for _t, path in sorted(site.arrivals)]
    assert run.landed == 6
    assert order[:2] == ["/robots.txt", "/sitemap.xml"] and len(order) == 8, order
    assert min(_gaps(times)) >= delay - ROUNDING, _gaps(times)
    # the first request goes out before the warehouse connection is opened (in the delay after it)
    assert times[0] < opened_at[0]


def test_robots_txt_crawl_delay_larger_than_the_source_s_delay_wins(tmp_path):
    with serving(PoliteSite(articles=0, crawl_delay=0.4)) as site, Fetcher(timeout=5.0, max_attempts=1) as fetcher:
        for k in range(3):
            assert fetcher.fetch(f"{site.base}/tin/bai-{k}.html", delay=0.05).status == 200
        times = site.times()
    assert len(times) == 4  # robots.txt, then three pages
    assert min(_gaps(times)) >= 0.4 - ROUNDING, _gaps(times)


def test_threads_sharing_a_fetcher_keep_the_largest_delay_asked_for(tmp_path):
    """Two sources on one host asking for different delays, from eight threads: each request
    waits the larger of its own delay and the previous one's (robots.txt asks for none)."""
    with serving(PoliteSite(articles=0)) as site, Fetcher(timeout=5.0, max_attempts=1) as fetcher:
        threads = [threading.Thread(target=fetcher.fetch, args=(f"{site.base}/tin/bai-{k}.html",),
                                    kwargs={"delay": 0.12 if k % 2 else 0.03}) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        times = site.times()
    assert len(times) == 9
    assert min(_gaps(times)) >= 0.03 - ROUNDING, _gaps(times)  # never closer than the smaller delay
    assert times[-1] - times[0] >= 0.12 * 4 + 0.03 * 4 - ROUNDING  # the larger one kept around each slow one

