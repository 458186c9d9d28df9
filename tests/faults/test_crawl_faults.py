"""Crawl-level faults over local HTTP and a real database (no Airflow needed)."""

from __future__ import annotations

import pytest
import yaml

from scrapers.crawl import crawl_source
from scrapers.errors import SiteDriftError
from scrapers.fetcher import Fetcher
from scrapers.landing import previous_validators
from scrapers.registry import source_from_dict
from tests.faults import brokensite
from vndx.warehouse.db import connect

BATCH = "{}/2026-01-01"


def _source(sid: str, base: str):
    return source_from_dict(yaml.safe_load(brokensite.source_yaml(sid, base)), where=sid)


def _crawl(conn, source, raw_root):
    with Fetcher(sleep=lambda _s: None) as fetcher:
        return crawl_source(source, batch_id=BATCH.format(source.id), conn=conn, raw_root=raw_root,
                            fetcher=fetcher)


def test_a_304_never_launders_a_failed_page(fresh_db, tmp_path):
    """The page is undecodable and carries an ETag; the server answers 304 to that ETag. Before:
    the task's retry sent the ETag of the failed fetch, got 304, and took the bad page as good
    (task succeeded, fetch_log said not_modified). Now only a good fetch's validators are sent."""
    with brokensite.running() as site, connect(fresh_db) as conn:
        source = _source("stale", site.base)
        url = f"{site.base}/stale/bai-viet-1.html"
        for _retry in range(2):
            with pytest.raises(SiteDriftError, match="site_drift_all_failed"):
                _crawl(conn, source, str(tmp_path))
            assert previous_validators(conn, url) is None
        final = conn.execute("select error_class from raw.fetch_log where url = %s order by attempt desc limit 1",
                             (url,)).fetchone()
        usable = conn.execute("select error_class from raw.page_urls where url = %s", (url,)).fetchone()
        hits = site.hits["/stale/bai-viet-1.html"]
    assert final == ("decode_error",) and usable == ("decode_error",)
    assert hits == 2


def test_a_304_confirms_a_good_page(fresh_db, tmp_path):
    """The other side: once the page was good, its 304 is a landed (unchanged) page."""
    with brokensite.running() as site, connect(fresh_db) as conn:
        site.healed.add("stale")
        source = _source("stale", site.base)
        first = _crawl(conn, source, str(tmp_path))
        second = _crawl(conn, source, str(tmp_path))
    assert [p.status for p in first.pages] == [200]
    assert [p.status for p in second.pages] == [304]
    assert second.pages[0].content_sha256 == first.pages[0].content_sha256


def test_stale_source_errors_are_cleared_when_the_interval_later_succeeds(fresh_db, tmp_path):
    """Before: the failed attempt's raw.crawl_errors row stayed after the same batch succeeded."""
    with brokensite.running() as site, connect(fresh_db) as conn:
        source = _source("garbage", site.base)
        with pytest.raises(SiteDriftError):
            _crawl(conn, source, str(tmp_path))
        assert conn.execute("select count(*) from raw.crawl_errors").fetchone() == (1,)
        site.healed.add("garbage")
        summary = _crawl(conn, source, str(tmp_path))
        assert summary.landed == 1
        assert conn.execute("select count(*) from raw.crawl_errors").fetchone() == (0,)


def test_nothing_listening_is_connection_refused_not_robots(fresh_db, tmp_path):
    """Before: a port where nothing listens was recorded as "disallowed by robots.txt"."""
    dead = f"http://127.0.0.1:{brokensite.free_port()}"
    with connect(fresh_db) as conn:
        with pytest.raises(SiteDriftError, match="connection_refused.*Connection refused"):
            _crawl(conn, _source("dead-port", dead), str(tmp_path))
        rows = conn.execute("select error_class, error_message from raw.fetch_log").fetchall()
    assert rows and all(cls == "connection_refused" and "Connection refused" in msg for cls, msg in rows)
