"""The revisit policy over real HTTP (a local news site that counts requests) and a real PostgreSQL:
discovery pages every run, known articles only when due, changed (per discovery) or forced."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from scrapers import revisit
from scrapers.crawl import crawl_source
from scrapers.discovery import Link
from scrapers.fetcher import Fetcher
from scrapers.registry import source_from_dict
from scrapers.revisit import RevisitPolicy, UrlState
from tests.scrapers.revisitsite import DISCOVERY, revisit_site
from vndx.warehouse.db import connect

DAY0 = datetime(2024, 3, 1, 6, 0, tzinfo=UTC)
ARTICLES = {"/tin/a1.html", "/tin/a2.html", "/tin/a3.html", "/tin/a4.html"}
TABLES = ("fetch_log", "pages", "page_urls", "url_revisits")


def _source(base: str):
    return source_from_dict({
        "id": "revisit", "publisher": "revisit site", "kind": "newspaper", "base_urls": [base + "/"],
        "crawl_delay": 0.0, "relevance_filter": False, "article_url_pattern": r"/tin/",
        "discovery": {"sitemaps": [base + "/sitemap.xml"], "feeds": [base + "/feed.atom"],
                      "listings": [{"url": base + "/listing.html", "link_selector": "a", "item_selector": "li",
                                    "date_selector": "span.d"}]},
    })


def _crawl(site, conn, root, when: datetime, *, batch_day: date | None = None, force: bool = False):
    """One run: a fresh fetcher (a new day's process), the policy's clock at `when`."""
    with Fetcher(timeout=2.0, max_attempts=1) as fetcher:
        return crawl_source(_source(site.base), batch_id=f"revisit/{batch_day or when.date()}", conn=conn,
                            raw_root=root, fetcher=fetcher,
                            revisit_policy=RevisitPolicy(now=when, force=force))


def _rows(conn) -> dict[str, int]:
    return {t: conn.execute(f"select count(*) from raw.{t}").fetchone()[0] for t in TABLES}


def _articles(hits: Counter) -> set[str]:
    return {p for p in hits if p.startswith("/tin/")}


@pytest.fixture
def site_and_db(fresh_db, tmp_path):
    with revisit_site() as site, connect(fresh_db) as conn:
        first = _crawl(site, conn, str(tmp_path), DAY0)
        assert first.fetch_reasons == {revisit.NEW: 4} and first.landed == 4
        assert _articles(site.take_hits()) == ARTICLES
        yield site, conn, str(tmp_path)


def test_unchanged_rerun_sends_only_discovery_requests_and_adds_no_row(site_and_db):
    site, conn, root = site_and_db
    before = _rows(conn)
    again = _crawl(site, conn, root, DAY0 + timedelta(hours=5))  # the same day's batch, re-run
    hits = site.take_hits()
    assert set(hits) == {"/robots.txt", *DISCOVERY}, hits
    assert again.not_due == 4 and again.attempted == 0 and not again.fetch_reasons
    assert _rows(conn) == before
    # ... and the next day's batch: nothing due before a day has passed since the capture
    early = _crawl(site, conn, root, DAY0 + timedelta(hours=17), batch_day=date(2024, 3, 2))
    assert _articles(site.take_hits()) == set() and early.not_due == 4


def test_schedule_doubles_while_unchanged_and_resets_when_changed(site_and_db):
    site, conn, root = site_and_db
    # day 1: all due (1 day after capture), all answer 304 -> next in 2 days
    day1 = _crawl(site, conn, root, DAY0 + timedelta(days=1))
    assert day1.fetch_reasons == {revisit.DUE: 4} and all(p.status == 304 for p in day1.pages)
    assert _articles(site.take_hits()) == ARTICLES
    # day 2: none due
    assert _crawl(site, conn, root, DAY0 + timedelta(days=2)).not_due == 4
    assert _articles(site.take_hits()) == set()
    # day 3: all due again; a2 changed meanwhile (its sitemap entry does not say so)
    site.sitemap["/tin/a2.html"].version = 2
    day3 = _crawl(site, conn, root, DAY0 + timedelta(days=3))
    assert day3.fetch_reasons == {revisit.DUE: 4} and _articles(site.take_hits()) == ARTICLES
    states = {url.rsplit("/", 1)[1]: (interval, due) for url, interval, due in conn.execute(
        "select url, interval_days, next_due_on from raw.url_revisits").fetchall()}
    assert states["a2.html"] == (1, date(2024, 3, 5))  # changed: back to 1 day
    assert states["a1.html"] == (4, date(2024, 3, 8))  # unchanged twice more: 1 -> 2 -> 4
    # day 4: only the changed page is due
    _crawl(site, conn, root, DAY0 + timedelta(days=4))
    assert _articles(site.take_hits()) == {"/tin/a2.html"}


def test_discovery_showing_a_change_triggers_an_immediate_refetch(site_and_db):
    site, conn, root = site_and_db
    later = DAY0 + timedelta(hours=3)  # same day: nothing is due by the schedule
    site.sitemap["/tin/a1.html"].lastmod = "2024-03-01T07:30:00+00:00"  # sitemap lastmod moved
    site.sitemap["/tin/a1.html"].version = 2
    site.feed["/tin/a3.html"].lastmod = "2024-03-01T08:00:00Z"  # feed entry's <updated> moved
    site.listing["/tin/a4.html"].title = "Bài bốn (cập nhật)"  # listing shows a new title
    run = _crawl(site, conn, root, later)
    assert _articles(site.take_hits()) == {"/tin/a1.html", "/tin/a3.html", "/tin/a4.html"}
    assert run.fetch_reasons == {revisit.DISCOVERY_CHANGED: 3} and run.not_due == 1
    # a1 and a4 (its title is in the page) changed, a3 did not: a conditional GET still answers 304
    assert {p.url.rsplit("/", 1)[1]: p.status for p in run.pages} == {"a1.html": 200, "a3.html": 304,
                                                                       "a4.html": 200}
    # what discovery showed is remembered: the same signal does not trigger again
    _crawl(site, conn, root, later + timedelta(hours=1))
    assert _articles(site.take_hits()) == set()
    # a listing date change is a change too
    site.listing["/tin/a4.html"].date = "02/03/2024"
    _crawl(site, conn, root, later + timedelta(hours=2))
    assert _articles(site.take_hits()) == {"/tin/a4.html"}


def test_force_rereads_every_article(site_and_db):
    site, conn, root = site_and_db
    before = _rows(conn)
    forced = _crawl(site, conn, root, DAY0 + timedelta(hours=1), force=True)
    assert _articles(site.take_hits()) == ARTICLES
    assert forced.fetch_reasons == {revisit.FORCED: 4} and all(p.status == 304 for p in forced.pages)
    assert _rows(conn) == before  # the same batch: fetch-log rows upserted, no new row


def test_a_failed_fetch_is_retried_on_the_next_run(site_and_db):
    site, conn, root = site_and_db
    site.sitemap["/tin/a2.html"].lastmod = "2024-03-02"  # shown changed, but it now answers 404
    site.gone.add("/tin/a2.html")
    failed = _crawl(site, conn, root, DAY0 + timedelta(hours=1))
    assert failed.fetch_reasons == {revisit.DISCOVERY_CHANGED: 1} and failed.errors["http_404"] == 1
    site.take_hits()
    retried = _crawl(site, conn, root, DAY0 + timedelta(hours=2))  # the same day: retried anyway
    assert retried.fetch_reasons == {revisit.RETRY: 1}
    assert _articles(site.take_hits()) == {"/tin/a2.html"}
    site.gone.clear()  # back: a good capture again, and its schedule resumes
    _crawl(site, conn, root, DAY0 + timedelta(hours=3))
    site.take_hits()
    _crawl(site, conn, root, DAY0 + timedelta(hours=4))
    assert _articles(site.take_hits()) == set()


def test_policy_decisions_without_http():
    policy = RevisitPolicy(now=datetime(2024, 3, 10, 1, 0, tzinfo=UTC), min_days=1, max_days=8)
    link = Link("http://x/tin/a.html", "Tiêu đề", date(2024, 3, 1), None, "sitemap", "2024-03-01")
    good = UrlState(link.url, "s", datetime(2024, 3, 9, 23, 0, tzinfo=UTC), 1, date(2024, 3, 10), "ok",
                    "sha", datetime(2024, 3, 9, 23, 0, tzinfo=UTC), None, "Tiêu đề", date(2024, 3, 1),
                    "2024-03-01")
    assert revisit.why_fetch(link, None, policy) == revisit.NEW
    assert revisit.why_fetch(link, good, policy) == revisit.DUE  # due on the calendar day, any hour
    later = UrlState(**{**good.__dict__, "next_due_on": date(2024, 3, 11)})
    assert revisit.why_fetch(link, later, policy) is None
    moved = Link(**{**link.__dict__, "updated": "2024-03-09T10:00:00Z"})
    assert revisit.why_fetch(moved, later, policy) == revisit.DISCOVERY_CHANGED
    # nothing seen before (a migrated state): a stated date after the capture's day counts
    unseen = UrlState(**{**later.__dict__, "seen_updated": None})
    assert revisit.why_fetch(link, unseen, policy) is None
    assert revisit.why_fetch(Link(**{**link.__dict__, "updated": "2024-03-10"}), unseen, policy) == \
        revisit.DISCOVERY_CHANGED
    # the cap
    capped = revisit.after_fetch(UrlState(**{**good.__dict__, "interval_days": 8}), link, policy,
                                 source_id="s", outcome="not_modified", content_sha256="sha")
    assert capped.interval_days == 8 and capped.next_due_on == date(2024, 3, 18)
    with pytest.raises(ValueError):
        RevisitPolicy(now=datetime(2024, 3, 10))  # a naive clock is refused


def test_crawl_opens_its_own_connection_while_discovery_runs(fresh_db, tmp_path):
    opened = []

    def connect_once():
        conn = connect(fresh_db)
        opened.append(conn)
        return conn

    with revisit_site() as site, Fetcher(timeout=2.0, max_attempts=1) as fetcher:
        with pytest.raises(TypeError):
            crawl_source(_source(site.base), batch_id="revisit/2024-03-01", raw_root=str(tmp_path),
                         fetcher=fetcher)
        run = crawl_source(_source(site.base), batch_id="revisit/2024-03-01", connect=connect_once,
                           raw_root=str(tmp_path), fetcher=fetcher, revisit_policy=RevisitPolicy(now=DAY0))
    assert run.landed == 4 and len(opened) == 1 and opened[0].closed
    with connect(fresh_db) as conn:
        assert _rows(conn)["url_revisits"] == 4 and _rows(conn)["fetch_log"] == 7  # 3 discovery + 4 articles


def test_migration_fills_the_state_of_a_warehouse_crawled_before_the_policy(site_and_db, fresh_db):
    from vndx.warehouse.db import ensure_schema

    site, conn, root = site_and_db
    conn.execute("delete from raw.url_revisits")  # as before the policy existed
    conn.commit()
    ensure_schema(fresh_db)  # the raw DDL, as every pipeline run applies it
    # each article's latest good landing (the fetch's real time), due one UTC day later
    states = conn.execute(
        "select r.interval_days, r.next_due_on = (p.fetched_at at time zone 'UTC')::date + 1,"
        " r.content_sha256 = p.content_sha256 from raw.url_revisits r join raw.page_urls p using (url)").fetchall()
    assert states == [(1, True, True)] * 4, states
    fetched = conn.execute("select max(fetched_at) from raw.page_urls").fetchone()[0]
    assert _crawl(site, conn, root, fetched).not_due == 4  # the same day: no re-read of the archive
    assert _articles(site.take_hits()) == set()
    ensure_schema(fresh_db)  # a second application changes nothing
    assert conn.execute("select count(*) from raw.url_revisits").fetchone()[0] == 4
