"""Re-processing a batch skips the pages whose result cannot change (same content, parser and
extractor versions, no parse error last time), and re-does them when one of those differs or
when forced. Runs on a real database."""

import datetime as dt

import pytest

from scrapers.landing import store_body, upsert_page_url
from scrapers.registry import get_source
from vndx.config import REPO_ROOT
from vndx.pipeline import documents
from vndx.pipeline.documents import process_batch
from vndx.warehouse.db import connect

ARTICLE = (REPO_ROOT / "scrapers/demo/site/baobackan/chuyen-doi-so/"
           "nhieu-diem-sang-trong-chuyen-doi-so-tinh-bac-kan-nam-2024-95721.html")
BATCH = "demo-baobackan/2024-10-09"
DAY = dt.date(2024, 10, 9)
URL = "http://demo/good.html"


@pytest.fixture
def landed(fresh_db, tmp_path):
    """A warehouse with one article landed in BATCH, processed once; (url, raw_root, first outcome)."""
    with connect(fresh_db) as conn:
        sha, _ = store_body(str(tmp_path), ARTICLE.read_bytes(), url=URL, final_url=URL, status=200, headers={})
        upsert_page_url(conn, batch_id=BATCH, url=URL, source_id="demo-baobackan", content_sha256=sha,
                        final_url=URL, fetched_at=dt.datetime(2024, 10, 9, tzinfo=dt.UTC))
        conn.commit()
        first = _process(conn, str(tmp_path))
    assert first.documents == 1 and first.facts > 0 and first.unchanged == 0 and not first.errors
    return fresh_db, str(tmp_path), first


def _process(conn, raw_root, **kwargs):
    return process_batch(conn, get_source("demo-baobackan", "demo"), BATCH, raw_root, fetched_on=DAY, **kwargs)


def _snapshot(conn) -> dict:
    """Every row of the parse stage's tables, with their write times (a rewrite changes them)."""
    return {t: sorted(map(str, conn.execute(f"select * from raw.{t}").fetchall()))
            for t in ("documents", "fact_candidates", "parse_errors")}


def test_an_unchanged_rerun_skips_every_page_and_touches_no_row(landed):
    url, raw_root, first = landed
    with connect(url) as conn:
        before = _snapshot(conn)
        again = _process(conn, raw_root)
        after = _snapshot(conn)
        [(version,)] = conn.execute("select extractor_version from raw.documents").fetchall()
    assert (again.documents, again.facts, again.unchanged, again.errors) == (0, 0, 1, {})
    assert after == before
    assert version == documents.EXTRACTOR_VERSION


@pytest.mark.parametrize("constant", ["EXTRACTOR_VERSION", "PARSER_VERSION"])
def test_a_version_bump_re_extracts(landed, monkeypatch, constant):
    url, raw_root, first = landed
    monkeypatch.setattr(documents, constant, "bumped-for-test")
    with connect(url) as conn:
        again = _process(conn, raw_root)
        [(parser, extractor)] = conn.execute("select parser_version, extractor_version from raw.documents").fetchall()
        n_facts = conn.execute("select count(*) from raw.fact_candidates").fetchone()[0]
        third = _process(conn, raw_root)  # the new version is recorded: the next run skips again
    assert (again.documents, again.facts, again.unchanged) == (1, first.facts, 0)
    assert "bumped-for-test" in (parser, extractor)
    assert n_facts == first.facts
    assert (third.documents, third.unchanged) == (0, 1)


def test_a_page_whose_last_attempt_failed_is_retried(landed, monkeypatch):
    """The failed attempt rolled back its writes, so the document of the earlier success is still
    there with the same content and versions: only the recorded parse error says to retry."""
    url, raw_root, first = landed

    def broken_extractor(*args, **kwargs):
        raise RuntimeError("extractor broke")

    with connect(url) as conn:
        with monkeypatch.context() as m:
            m.setattr(documents, "extract_facts", broken_extractor)
            failed = _process(conn, raw_root, force=True)
        errors_after_failure = conn.execute("select url from raw.parse_errors").fetchall()
        retried = _process(conn, raw_root)
        errors_after_retry = conn.execute("select count(*) from raw.parse_errors").fetchone()[0]
    assert list(failed.errors) == [URL] and errors_after_failure == [(URL,)]
    assert (retried.documents, retried.facts, retried.unchanged, retried.errors) == (1, first.facts, 0, {})
    assert errors_after_retry == 0


def test_force_re_parses_every_page(landed):
    url, raw_root, first = landed
    with connect(url) as conn:
        [(parsed_before,)] = conn.execute("select parsed_at from raw.documents").fetchall()
        forced = _process(conn, raw_root, force=True)
        [(parsed_after,)] = conn.execute("select parsed_at from raw.documents").fetchall()
    assert (forced.documents, forced.facts, forced.unchanged) == (1, first.facts, 0)
    assert parsed_after > parsed_before


def test_new_content_for_the_same_url_is_parsed(landed):
    """The batch landed the URL again with other bytes (a 200 with changed content): re-parsed."""
    url, raw_root, first = landed
    with connect(url) as conn:
        body = ARTICLE.read_bytes().replace(b"</body>", b"<p>them mot dong</p></body>")
        sha, _ = store_body(raw_root, body, url=URL, final_url=URL, status=200, headers={})
        upsert_page_url(conn, batch_id=BATCH, url=URL, source_id="demo-baobackan", content_sha256=sha,
                        final_url=URL, fetched_at=dt.datetime(2024, 10, 9, 1, tzinfo=dt.UTC))
        conn.commit()
        again = _process(conn, raw_root)
        [(doc_sha,)] = conn.execute("select content_sha256 from raw.documents").fetchall()
    assert (again.documents, again.unchanged) == (1, 0)
    assert doc_sha == sha
