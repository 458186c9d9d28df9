"""Crawl one source for one batch: discovery, polite fetching, landing, fetch-log rows.

`crawl_source` never raises for one page's failure (it is a fetch-log row with an error class); it
raises `SiteDriftError`, after recording it in `raw.crawl_errors`, when discovery yields no links at
all or when every article page failed.

Discovery pages are fetched on every call. With a `RevisitPolicy` (`scrapers.revisit`), an article
URL already captured is fetched only when the policy says so (its schedule, a change discovery
shows, a failure to retry, or a forced full re-read); without one, every discovered article is
fetched (a conditional GET when it was captured before). Either way each article fetch updates
the URL's row of `raw.url_revisits`.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from bs4 import BeautifulSoup

from scrapers import errors, landing, revisit, warc
from scrapers.charset import Decoded, decode
from scrapers.discovery import Discovered, Link, Relevant, discover, first_request_url
from scrapers.errors import SiteDriftError
from scrapers.fetcher import Fetcher, FetchResult
from scrapers.registry import Source

_HTML_END = re.compile(rb"</html\s*>", re.I)
DRIFT_MIN_FAILURES = 3


@dataclass(frozen=True)
class CrawledPage:
    """An article page that landed (200) or was confirmed unchanged (304)."""

    url: str
    final_url: str
    content_sha256: str
    status: int
    content_type: str | None
    charset: str | None
    title: str | None = None  # from discovery (feed/listing), when known
    published: date | None = None


@dataclass
class CrawlSummary:
    source_id: str
    batch_id: str
    discovered: int = 0
    irrelevant: int = 0
    out_of_range: int = 0
    attempted: int = 0
    pages: list[CrawledPage] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)  # final outcome per URL, by error class
    not_due: int = 0  # known article URLs the revisit policy left out of this run
    fetch_reasons: Counter[str] = field(default_factory=Counter)  # why each article was fetched

    @property
    def landed(self) -> int:
        return sum(1 for p in self.pages if p.status == 200)


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return "html" in content_type.lower()
    return body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))


def _content_problem(source: Source, body: bytes, content_type: str | None,
                     charset_ok: bool, text: str) -> tuple[str, str] | None:
    """Page-level checks after a 200: decodable, complete, the configured body present."""
    if not charset_ok:
        return errors.DECODE_ERROR, "no charset decodes the body"
    if _is_html(content_type, body):
        if not _HTML_END.search(body[-4096:]) and not _HTML_END.search(body):
            return errors.TRUNCATED_HTML, "HTML ends before </html>"
        if source.content_selector:
            node = BeautifulSoup(text, "html.parser").select_one(source.content_selector)
            if node is None or not node.get_text(strip=True):
                return errors.PARSE_ERROR, f"no article body at {source.content_selector!r}"
    return None


class _Lander:
    """Writes one fetch's rows (main thread only: the connection is not shared across threads)."""

    def __init__(self, source: Source, batch_id: str, conn, raw_root: str,
                 request_headers: dict[str, str] | None = None):
        self.source, self.batch_id, self.conn, self.raw_root = source, batch_id, conn, raw_root
        self.discovery_failures: dict[str, str] = {}  # error class -> first message (for drift)
        self.pending_discovery: list[tuple[FetchResult, tuple[str, str] | None]] = []
        # One WARC file for this crawl of the batch (opened at the first record); the request
        # records carry the headers the shared HTTP session sends (plus a fetch's conditional ones).
        self.archive = warc.BatchArchive(raw_root, batch_id)
        self.request_headers = dict(request_headers or {})

    def _request_headers(self, previous: dict | None = None) -> dict[str, str]:
        headers = dict(self.request_headers)
        if previous and previous.get("etag"):
            headers["If-None-Match"] = previous["etag"]
        if previous and previous.get("last_modified"):
            headers["If-Modified-Since"] = previous["last_modified"]
        return headers

    def discovery_fetch(self, result: FetchResult, override: tuple[str, str] | None) -> None:
        """Note a discovery fetch; its rows and WARC records are written by `land_discovery`, once
        the article requests are under way (a discovery page's landing is not on the path from
        the last discovery request to the first article request)."""
        failure = override or ((result.error_class, result.error_message or "")
                               if result.error_class not in (None, errors.NOT_MODIFIED) else None)
        if failure:
            self.discovery_failures.setdefault(failure[0], f"{result.url}: {failure[1]}")
        self.pending_discovery.append((result, override))

    def land_discovery(self) -> None:
        """Archive and log the discovery fetches noted so far, in their order, in one transaction."""
        for result, override in self.pending_discovery:
            sha = None
            if result.status == 200 and result.body is not None:
                sha, _charset, _first = self._store(result, role="discovery")
            landing.record_attempts(self.conn, batch_id=self.batch_id, source_id=self.source.id,
                                    attempts=result.attempts, content_sha256=sha, final_error=override)
        self.pending_discovery.clear()
        self.conn.commit()

    def _store(self, result: FetchResult, decoded: Decoded | None = None, role: str = "article",
               error_class: str | None = None, previous: dict | None = None) -> tuple[str, str | None, str]:
        """Keep the body and its rows; returns (sha, charset, first URL that served this content)."""
        assert result.body is not None
        if decoded is None and (_is_html(result.content_type, result.body)
                                or "xml" in (result.content_type or "")):
            decoded = decode(result.body, result.content_type)
        charset = decoded.charset if decoded else None
        sha, held, fetch = landing.land_body(self.conn, self.archive, result.body, url=result.url,
                                             final_url=result.final_url, status=200, headers=result.headers,
                                             fetched_at=result.attempts[-1].requested_at,
                                             request_headers=self._request_headers(previous))
        first = landing.upsert_page(self.conn, content_sha256=sha, url=result.url,
                                    content_type=result.content_type, charset=charset,
                                    size=len(result.body), warc_location=held)
        landing.upsert_page_url(self.conn, batch_id=self.batch_id, url=result.url, source_id=self.source.id,
                                content_sha256=sha, final_url=result.final_url,
                                fetched_at=result.attempts[-1].requested_at, role=role, error_class=error_class,
                                warc_location=fetch)
        return sha, charset, first

    def article(self, link: Link, result: FetchResult, previous: dict | None, *,
                policy: revisit.RevisitPolicy, state: revisit.UrlState | None) -> tuple[CrawledPage | None, str]:
        """Land an article fetch and update its revisit state; returns (page or None, outcome error
        class or 'ok')."""
        override: tuple[str, str] | None = None
        sha: str | None = None
        page: CrawledPage | None = None
        if result.status == 304 and not previous:  # nothing good to confirm: not a landed page
            override = (errors.NOT_MODIFIED_NO_BASE, "HTTP 304 but no earlier good copy of the page")
        elif result.status == 304 and result.error_class == errors.NOT_MODIFIED and previous:
            sha = previous["content_sha256"]
            info = landing.page_info(self.conn, sha) or (None, None)
            not_modified = landing.land_not_modified(self.conn, self.archive, sha, url=result.url,
                                                final_url=result.final_url, headers=result.headers,
                                                fetched_at=result.attempts[-1].requested_at,
                                                request_headers=self._request_headers(previous))
            landing.upsert_page_url(self.conn, batch_id=self.batch_id, url=result.url,
                                    source_id=self.source.id, content_sha256=sha,
                                    final_url=result.final_url, fetched_at=result.attempts[-1].requested_at,
                                    warc_location=not_modified)
            page = CrawledPage(result.url, result.final_url, sha, 304, info[0], info[1], link.title,
                               link.published)
        elif result.status == 200 and result.body is not None and result.error_class is None:
            decoded = decode(result.body, result.content_type)
            sha, charset, first = self._store(result, decoded, previous=previous)
            problem = _content_problem(self.source, result.body, result.content_type, decoded.ok,
                                       decoded.text)
            if problem is None and first not in (result.url, result.final_url):
                problem = (errors.DUPLICATE_CONTENT, f"same content as {first}")
            override = problem
            if problem is not None:  # the bytes stay landed; the page is marked unusable
                landing.upsert_page_url(self.conn, batch_id=self.batch_id, url=result.url,
                                        source_id=self.source.id, content_sha256=sha,
                                        final_url=result.final_url, fetched_at=result.attempts[-1].requested_at,
                                        error_class=problem[0])
            if problem is None:
                page = CrawledPage(result.url, result.final_url, sha, 200, result.content_type, charset,
                                   link.title, link.published)
        landing.record_attempts(self.conn, batch_id=self.batch_id, source_id=self.source.id,
                                attempts=result.attempts, content_sha256=sha, final_error=override)
        outcome = override[0] if override else (result.error_class or "ok")
        landing.record_revisit(self.conn, revisit.after_fetch(
            state, link, policy, source_id=self.source.id, outcome=outcome,
            content_sha256=page.content_sha256 if page is not None else None))
        self.conn.commit()
        return page, outcome


def crawl_source(
    source: Source,
    *,
    batch_id: str,
    conn=None,
    raw_root: str,
    connect: Callable[[], Any] | None = None,
    since: date | None = None,
    until: date | None = None,
    fetcher: Fetcher | None = None,
    max_workers: int = 4,
    relevant: Relevant | None = None,
    revisit_policy: revisit.RevisitPolicy | None = None,
) -> CrawlSummary:
    """Discover, fetch, land and log one source for one batch (see module doc).

    `conn`: an open warehouse connection; or `connect`: a function that opens one, called in a
    thread once the crawl's first request (robots.txt) is answered, while the next request waits
    out the host's delay; the crawl closes it at its end.
    `revisit_policy`: which known article URLs to fetch again (its clock dates the states written);
    None fetches every discovered article, dating the states with the wall clock."""
    if (conn is None) == (connect is None):
        raise TypeError("crawl_source needs conn (an open connection) or connect (a function opening one)")
    opening: Future | None = None
    policy = revisit_policy or revisit.RevisitPolicy(now=datetime.now(UTC), force=True)
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    lander = _Lander(source, batch_id, conn, raw_root, request_headers=dict(fetcher.session.headers))
    summary = CrawlSummary(source.id, batch_id)
    try:
        # The first request (robots.txt: the host's first slot) goes out before any other work;
        # what the crawl writes waits for the politeness delays, not the other way round.
        first = first_request_url(source)
        fetcher.robots_allows(first)
        if connect is not None:
            def open_and_clear():  # the connection's set-up and the batch's housekeeping
                opened = connect()
                landing.clear_crawl_errors(opened, batch_id=batch_id, source_id=source.id)
                opened.commit()
                return opened

            # In a thread, while the next request waits out the host's delay: opened here, it
            # held that request up whenever it took longer than the delay (a 20-crawl bench on a
            # loaded machine: 100-400 ms for PostgreSQL to start 20 backends at once).
            opening = _start_opening(open_and_clear)
        found: Discovered = discover(source, fetcher, since=since, until=until,
                                     on_fetch=lander.discovery_fetch, relevant=relevant)
        if opening is not None:
            conn = lander.conn = opening.result()
        else:
            landing.clear_crawl_errors(conn, batch_id=batch_id, source_id=source.id)
        summary.discovered = len(found.links)
        summary.irrelevant = len(found.irrelevant)
        summary.out_of_range = len(found.out_of_range)
        if not found.links:
            lander.land_discovery()
            why = "; ".join(f"{cls}: {msg}" for cls, msg in lander.discovery_failures.items())
            _drift(conn, source, batch_id, errors.SITE_DRIFT_NO_LINKS,
                   "discovery (feeds, sitemaps, listings) yielded zero links"
                   + (f"; discovery fetches failed: {why}" if why else ""))
        links = sorted(found.kept, key=lambda lk: lk.url)
        states = landing.revisit_states(conn, [lk.url for lk in links])
        reasons = {lk.url: revisit.why_fetch(lk, states.get(lk.url), policy) for lk in links}
        summary.not_due = sum(1 for r in reasons.values() if r is None)
        summary.fetch_reasons.update(r for r in reasons.values() if r is not None)
        links = [lk for lk in links if reasons[lk.url] is not None]
        previous = landing.previous_validators_many(conn, [lk.url for lk in links])
        conn.commit()  # no transaction left open while the requests run
        summary.attempted = len(links)
        with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(links) or 1))) as pool:
            futures = {
                pool.submit(
                    fetcher.fetch, lk.url, allowed=source.allows, delay=source.crawl_delay,
                    etag=(previous[lk.url] or {}).get("etag"),
                    last_modified=(previous[lk.url] or {}).get("last_modified"),
                ): lk
                for lk in links
            }
            lander.land_discovery()  # while the first article requests wait for their turn
            # Land in URL order (fetching stays parallel), so which of two URLs with the same
            # content counts as the original, and which as the duplicate, never depends on timing.
            for fut, link in futures.items():
                page, outcome = lander.article(link, fut.result(), previous[link.url], policy=policy,
                                               state=states.get(link.url))
                summary.errors[outcome] += 1
                if page is not None:
                    summary.pages.append(page)
        summary.pages.sort(key=lambda p: p.url)
        hard = sum(n for cls, n in summary.errors.items()
                   if cls not in ("ok", errors.NOT_MODIFIED, errors.DUPLICATE_CONTENT))
        # Every page fetched failed. When the policy left good known pages out of the run, a
        # failure or two of the few fetched is not yet site drift; DRIFT_MIN_FAILURES of them is.
        if links and hard == len(links) and (summary.not_due == 0 or hard >= DRIFT_MIN_FAILURES):
            _drift(conn, source, batch_id, errors.SITE_DRIFT_ALL_FAILED,
                   f"all {len(links)} article pages fetched failed: {dict(summary.errors)}"
                   + (f" ({summary.not_due} known pages not due were not fetched)" if summary.not_due else ""))
        return summary
    finally:
        lander.archive.close()  # and its CDXJ index
        if own:
            fetcher.close()
        if opening is not None and opening.exception() is None:
            opening.result().close()


def _start_opening(connect: Callable[[], Any]) -> Future:
    """Call `connect` in a thread; the future holds the connection (or the error)."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(connect())
        except BaseException as exc:  # handed to whoever asks for the connection
            future.set_exception(exc)

    threading.Thread(target=run, name="crawl-connect", daemon=True).start()
    return future


def _drift(conn, source: Source, batch_id: str, error_class: str, message: str) -> None:
    landing.record_crawl_error(conn, batch_id=batch_id, source_id=source.id, error_class=error_class,
                               message=message)
    conn.commit()
    raise SiteDriftError(source.id, error_class, message)
