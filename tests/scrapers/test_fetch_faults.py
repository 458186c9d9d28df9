"""Every failure mode ends as a fetch-log row with the right error class; re-runs add no rows."""

from __future__ import annotations

from datetime import date

import pytest
from faultsite import LEGACY_TEXT, base_url, fault_site

from scrapers import errors
from scrapers.crawl import crawl_source
from scrapers.errors import SiteDriftError
from scrapers.landing import read_page
from scrapers.registry import source_from_dict
from vndx.warehouse.db import connect

EXPECTED = {
    "/ok/chuyen-doi-so-1.html": None,
    "/ok/chuyen-doi-so-2.html": None,
    "/missing.html": errors.HTTP_404,
    "/flaky.html": None,
    "/busy.html": None,
    "/slow.html": errors.TIMEOUT,
    "/loop/a": errors.REDIRECT_LOOP,
    "/chain/1": errors.TOO_MANY_REDIRECTS,
    "/offsite.html": errors.OFFDOMAIN_REDIRECT,
    "/huge.html": errors.BODY_TOO_LARGE,
    "/huge-stream.html": errors.BODY_TOO_LARGE,
    "/legacy.html": None,
    "/truncated.html": errors.TRUNCATED_HTML,
    "/cut.html": errors.TRUNCATED_HTML,
    "/binary.html": errors.DECODE_ERROR,
    "/dup-a.html": None,
    "/dup-b.html": errors.DUPLICATE_CONTENT,
    "/private/secret.html": errors.ROBOTS_DISALLOWED,
}


def _source(base: str, listing: str = "/listing.html"):
    return source_from_dict({
        "id": "faults", "publisher": "fault site", "kind": "portal", "province": "dak-lak",
        "base_urls": [base + "/"], "crawl_delay": 0.0, "relevance_filter": False,
        "discovery": {"listings": [{"url": base + listing, "link_selector": "a"}]},
    })


def _final_rows(conn, batch: str) -> dict[str, tuple]:
    rows = conn.execute(
        """select distinct on (url) url, attempt, status, error_class, content_sha256, final_url
           from raw.fetch_log where batch_id = %s order by url, attempt desc""", (batch,)).fetchall()
    return {r[0]: r[1:] for r in rows}


def _counts(conn) -> tuple[int, int, int]:
    return tuple(conn.execute(f"select count(*) from raw.{t}").fetchone()[0]
                 for t in ("fetch_log", "pages", "page_urls"))


def test_every_fault_is_a_fetch_log_row_and_reruns_add_nothing(fresh_db, tmp_path, quick_fetcher):
    with fault_site(list(EXPECTED)) as server, connect(fresh_db) as conn:
        base = base_url(server)
        src = _source(base)
        summary = crawl_source(src, batch_id="faults/2023-10-01", conn=conn, raw_root=str(tmp_path),
                               fetcher=quick_fetcher)
        rows = _final_rows(conn, "faults/2023-10-01")
        for path, cls in EXPECTED.items():
            assert rows[base + path][2] == cls, (path, rows[base + path])
        # retried URLs keep one row per attempt
        flaky = conn.execute("select attempt, status, error_class from raw.fetch_log where url = %s "
                             "order by attempt", (base + "/flaky.html",)).fetchall()
        assert flaky == [(1, 500, errors.HTTP_5XX), (2, 200, None)]
        busy = conn.execute("select attempt, status, error_class from raw.fetch_log where url = %s "
                            "order by attempt", (base + "/busy.html",)).fetchall()
        assert busy == [(1, 429, errors.RATE_LIMITED), (2, 200, None)]
        t1, t2 = server.times("/busy.html")[:2]
        assert t2 - t1 >= 0.95  # Retry-After: 1 was honoured
        assert server.hits["/private/secret.html"] == 0  # never requested
        assert server.hits.get("/bai-viet.html", 0) == 0
        assert all(ua.startswith("vndx/") and "+https://github.com/vndx/vndx" in ua
                   for ua in server.user_agents)
        # landed: the clean pages, byte for byte; failures are rows, not pages
        ok = {p.url for p in summary.pages}
        assert ok == {base + p for p, c in EXPECTED.items() if c is None}
        assert summary.errors["ok"] == len(ok)
        assert summary.errors[errors.TIMEOUT] == 1 and summary.errors[errors.DUPLICATE_CONTENT] == 1
        legacy = next(p for p in summary.pages if p.url.endswith("/legacy.html"))
        assert legacy.charset == "cp1258"
        landed = read_page(str(tmp_path), legacy.content_sha256)
        assert LEGACY_TEXT in landed.text()
        assert landed.body.decode("cp1258").count("Chuy") == 1  # exact bytes kept
        dup_a, dup_b = rows[base + "/dup-a.html"], rows[base + "/dup-b.html"]
        assert dup_a[3] == dup_b[3] is not None  # same content hash, landed once
        before = _counts(conn)
        keys_before = set(conn.execute("select batch_id, url, attempt from raw.fetch_log").fetchall())
        assert before[1] == conn.execute("select count(distinct content_sha256) from raw.pages").fetchone()[0]

        # the same batch again: no new rows; unchanged pages cost a 304
        again = crawl_source(src, batch_id="faults/2023-10-01", conn=conn, raw_root=str(tmp_path),
                             fetcher=quick_fetcher)
        after = _counts(conn)
        keys_after = set(conn.execute("select batch_id, url, attempt from raw.fetch_log").fetchall())
        assert keys_after <= keys_before  # upserted on (batch_id, url, attempt): nothing added
        assert after[1:] == before[1:]
        # the flaky/busy pages now answer at once: their batch log shows this run's single attempt
        assert after[0] == before[0] - 2
        statuses = {p.url: p.status for p in again.pages}
        assert statuses[base + "/ok/chuyen-doi-so-1.html"] == 304
        assert _final_rows(conn, "faults/2023-10-01")[base + "/ok/chuyen-doi-so-1.html"][2] == \
            errors.NOT_MODIFIED
        # a 304 still points at the landed content
        sha = next(p.content_sha256 for p in again.pages if p.url.endswith("/ok/chuyen-doi-so-1.html"))
        assert read_page(str(tmp_path), sha).url == base + "/ok/chuyen-doi-so-1.html"


def test_next_batch_gets_304_for_unchanged_pages(fresh_db, tmp_path, quick_fetcher):
    with fault_site(["/ok/chuyen-doi-so-1.html", "/dup-a.html"]) as server, connect(fresh_db) as conn:
        src = _source(base_url(server))
        first = crawl_source(src, batch_id="faults/2023-10-01", conn=conn, raw_root=str(tmp_path),
                             fetcher=quick_fetcher)
        second = crawl_source(src, batch_id="faults/2023-10-02", conn=conn, raw_root=str(tmp_path),
                              fetcher=quick_fetcher)
        assert [p.status for p in first.pages] == [200, 200]
        assert [p.status for p in second.pages] == [304, 304]
        assert [p.content_sha256 for p in second.pages] == [p.content_sha256 for p in first.pages]
        rows = conn.execute("select status, error_class from raw.fetch_log where batch_id = %s",
                            ("faults/2023-10-02",)).fetchall()
        assert sorted(r for r in rows if r[0] != 200) == [(304, errors.NOT_MODIFIED)] * 2
        assert conn.execute("select count(*) from raw.pages").fetchone()[0] == 3  # 2 articles + listing


def test_zero_links_is_site_drift(fresh_db, tmp_path, quick_fetcher):
    with fault_site() as server, connect(fresh_db) as conn:
        with pytest.raises(SiteDriftError) as exc:
            crawl_source(_source(base_url(server), "/empty-listing.html"), batch_id="faults/2023-10-01",
                         conn=conn, raw_root=str(tmp_path), fetcher=quick_fetcher)
        assert exc.value.error_class == errors.SITE_DRIFT_NO_LINKS
        row = conn.execute("select error_class from raw.crawl_errors where source_id = 'faults'").fetchone()
        assert row == (errors.SITE_DRIFT_NO_LINKS,)


def test_every_article_failing_is_site_drift(fresh_db, tmp_path, quick_fetcher):
    with fault_site(["/gone/1.html", "/gone/2.html"]) as server, connect(fresh_db) as conn:
        with pytest.raises(SiteDriftError) as exc:
            crawl_source(_source(base_url(server)), batch_id="faults/2023-10-01", conn=conn,
                         raw_root=str(tmp_path), fetcher=quick_fetcher, since=date(2020, 1, 1))
        assert exc.value.error_class == errors.SITE_DRIFT_ALL_FAILED
        classes = conn.execute("select error_class from raw.fetch_log where url like '%%/gone/%%'").fetchall()
        assert classes == [(errors.HTTP_404,), (errors.HTTP_404,)]
        assert conn.execute("select count(*) from raw.crawl_errors").fetchone()[0] == 1
