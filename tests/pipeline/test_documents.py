"""Landed pages -> documents and fact candidates; a page that cannot be parsed is recorded with its
reason in raw.parse_errors and the rest of the batch goes on. Runs on a real database."""

import datetime as dt

from scrapers.crawl import crawl_source
from scrapers.fetcher import Fetcher
from scrapers.landing import store_body, upsert_page_url
from scrapers.registry import get_source, source_from_dict
from tests.scrapers.faultsite import LEGACY_TEXT, base_url, fault_site
from vndx.config import REPO_ROOT
from vndx.pipeline.documents import process_batch
from vndx.warehouse.db import connect

ARTICLE = (REPO_ROOT / "scrapers/demo/site/baobackan/chuyen-doi-so/"
           "nhieu-diem-sang-trong-chuyen-doi-so-tinh-bac-kan-nam-2024-95721.html")
BATCH = "demo-baobackan/2024-10-09"
EMPTY_PAGE = "<html><head><title>Lỗi</title></head><body><script>x()</script></body></html>".encode()


def _land(conn, raw_root, url, body):
    sha, _ = store_body(raw_root, body, url=url, final_url=url, status=200, headers={})
    upsert_page_url(conn, batch_id=BATCH, url=url, source_id="demo-baobackan", content_sha256=sha,
                    final_url=url, fetched_at=dt.datetime(2024, 10, 9, tzinfo=dt.UTC))
    conn.commit()


def test_a_broken_page_is_recorded_and_the_batch_goes_on(fresh_db, tmp_path):
    source = get_source("demo-baobackan", "demo")
    with connect(fresh_db) as conn:
        _land(conn, str(tmp_path), "http://demo/good.html", ARTICLE.read_bytes())
        _land(conn, str(tmp_path), "http://demo/broken.html", EMPTY_PAGE)
        outcome = process_batch(conn, source, BATCH, str(tmp_path), fetched_on=dt.date(2024, 10, 9))
        errors = conn.execute("select url, error from raw.parse_errors").fetchall()
        docs = conn.execute("select url, published_at from raw.documents").fetchall()
        facts = conn.execute("select province_slug, indicator_code, value from raw.fact_candidates").fetchall()
        again = process_batch(conn, source, BATCH, str(tmp_path), fetched_on=dt.date(2024, 10, 9))
        counts = [conn.execute(f"select count(*) from raw.{t}").fetchone()[0]
                  for t in ("parse_errors", "documents", "fact_candidates")]
    assert outcome.documents == 1 and set(outcome.errors) == {"http://demo/broken.html"}
    assert [u for u, _ in errors] == ["http://demo/broken.html"] and errors[0][1]
    assert docs == [("http://demo/good.html", dt.date(2024, 10, 8))]  # the page's own date
    assert ("bac-kan", "internet_user_rate", 91.0) in facts
    # the good page is unchanged (skipped), the broken one is tried again (and fails again)
    assert (again.documents, again.unchanged, set(again.errors)) == (0, 1, {"http://demo/broken.html"})
    assert counts == [1, 1, len(facts)]  # re-processing the batch adds nothing


def test_a_windows_1258_page_is_parsed_with_the_charset_the_crawl_recorded(fresh_db, tmp_path):
    """The crawl decodes the legacy page as cp1258 (header/meta) and records it; parsing decodes the
    kept bytes with that charset, once, instead of guessing again from the bytes."""
    batch = "legacy/2023-10-01"
    with fault_site(["/legacy.html"]) as server, connect(fresh_db) as conn, \
            Fetcher(timeout=2, max_attempts=1) as fetcher:
        base = base_url(server)
        source = source_from_dict({
            "id": "legacy", "publisher": "fault site", "kind": "portal", "province": "dak-lak",
            "base_urls": [base + "/"], "crawl_delay": 0.0, "relevance_filter": False,
            "discovery": {"listings": [{"url": base + "/listing.html", "link_selector": "a"}]},
        })
        crawl_source(source, batch_id=batch, conn=conn, raw_root=str(tmp_path), fetcher=fetcher)
        [(charset,)] = conn.execute("select charset from raw.pages p join raw.page_urls u using (content_sha256) "
                                    "where u.role = 'article'").fetchall()
        outcome = process_batch(conn, source, batch, str(tmp_path), fetched_on=dt.date(2023, 10, 1))
        [(body,)] = conn.execute("select body_text from raw.documents").fetchall()
    assert charset == "cp1258"
    assert outcome.documents == 1 and not outcome.errors
    assert LEGACY_TEXT in body
