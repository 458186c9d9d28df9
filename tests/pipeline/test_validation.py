"""The validate stage over a real warehouse database: quarantine, raw.facts, audit, re-runs, drift."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest

from scrapers.errors import SiteDriftError
from tests.expectations.gx_rows import BATCH, document, fact, gold_facts, page
from vndx import config
from vndx.pipeline.validation import build_data_docs, validate_articles, validate_facts, validate_pages
from vndx.warehouse.writes import FACT_COLUMNS

pytestmark = pytest.mark.usefixtures("gx_docs_dir")

BAD = {
    "rate_250": ({"value": 250.0, "evidence": "đạt 250%"}, {"value_not_above_catalog_max"}),
    "rank_70_of_63": ({"indicator_code": "dti_rank", "unit": "rank", "value": 70.0, "out_of": 63,
                       "period_year": 2022, "evidence": "xếp thứ 70/63"},
                      {"value_not_above_catalog_max", "rank_within_out_of"}),
    "unknown_province": ({"province_slug": "atlantis"}, {"province_valid_for_era"}),
    "period_2031": ({"province_slug": "ha-noi", "period_year": 2031, "published_at": dt.date(2025, 3, 1)},
                    {"period_in_plausible_range", "period_not_after_publication"}),
}


def _insert_candidates(url: str, rows: list[dict]) -> None:
    columns = FACT_COLUMNS
    with psycopg.connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.executemany(
            f"insert into raw.fact_candidates ({', '.join(columns)}) values ({', '.join(['%s'] * len(columns))})",
            [tuple(r[c] for c in columns) for r in rows],
        )


def _snapshot(url: str) -> dict:
    with psycopg.connect(url) as conn:
        return {
            "facts": conn.execute("select fact_id, value from raw.facts order by 1").fetchall(),
            "quarantine": conn.execute(
                "select fact_id, failed_expectations, reason from quarantine.facts order by 1").fetchall(),
            "audit": conn.execute(
                "select batch_id, suite, success, evaluated, failed, failed_by_expectation "
                "from audit.validation_runs order by 1, 2").fetchall(),
        }


def test_validate_facts_quarantines_bad_facts_and_is_idempotent(fresh_db):
    good = [r for r in gold_facts() if r["qualifier"] != "derived"][:12]
    bad = [fact(fid, **overrides) for fid, (overrides, _) in BAD.items()]
    _insert_candidates(fresh_db, good + bad)

    report = validate_facts(fresh_db, BATCH, max_failing_share=0.9)

    assert (report.suite, report.evaluated, report.failed, report.success) == ("facts", 16, 4, False)
    assert report.failing_share == pytest.approx(4 / 16)
    assert report.failed_by_expectation["value_not_above_catalog_max"] == 2
    assert not Path(report.data_docs_path).exists()  # the docs are built once per run, not per batch
    build_data_docs([BATCH])
    assert Path(report.data_docs_path).is_file()
    first = _snapshot(fresh_db)
    assert [fid for fid, _ in first["facts"]] == sorted(r["fact_id"] for r in good)
    quarantined = {fid: set(names) for fid, names, _ in first["quarantine"]}
    assert quarantined == {fid: names for fid, (_, names) in BAD.items()}
    assert all(reason for _, _, reason in first["quarantine"])
    assert first["audit"] == [(BATCH, "facts", False, 16, 4, report.failed_by_expectation)]

    validate_facts(fresh_db, BATCH, max_failing_share=0.9)
    assert _snapshot(fresh_db) == first

    # The extractor fixes the rate: on re-validation it leaves quarantine for raw.facts.
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        conn.execute("update raw.fact_candidates set value = 25, evidence = 'đạt 25%' where fact_id = 'rate_250'")
    validate_facts(fresh_db, BATCH, max_failing_share=0.9)
    after = _snapshot(fresh_db)
    assert ("rate_250", 25.0) in after["facts"]
    assert "rate_250" not in {fid for fid, _, _ in after["quarantine"]}
    assert len(after["audit"]) == 1 and after["audit"][0][4] == 3


def test_drift_threshold_raises_after_recording(fresh_db, monkeypatch):
    rows = [fact("good")] + [fact(fid, **overrides) for fid, (overrides, _) in BAD.items()]
    _insert_candidates(fresh_db, rows)

    with pytest.raises(SiteDriftError) as raised:
        validate_facts(fresh_db, BATCH, max_failing_share=0.5)
    assert raised.value.detail.failed == 4

    snap = _snapshot(fresh_db)
    assert [fid for fid, _ in snap["facts"]] == ["good"]
    assert len(snap["quarantine"]) == 4
    with psycopg.connect(fresh_db) as conn:
        assert conn.execute("select drift_detected, max_failing_share from audit.validation_runs").fetchall() == [
            (True, 0.5)]

    # The default threshold comes from the environment.
    monkeypatch.setenv("VNDX_MAX_FAILING_SHARE", "0.9")
    assert validate_facts(fresh_db, BATCH).failed == 4
    monkeypatch.setenv("VNDX_MAX_FAILING_SHARE", "0.2")
    with pytest.raises(SiteDriftError):
        validate_facts(fresh_db, BATCH)


def test_empty_batch_records_a_successful_run(fresh_db):
    report = validate_facts(fresh_db, "quiet-source/2024-10-01")
    assert (report.success, report.evaluated, report.failed) == (True, 0, 0)
    with psycopg.connect(fresh_db) as conn:
        assert conn.execute("select success, evaluated from audit.validation_runs").fetchall() == [(True, 0)]


def test_pages_and_articles_record_failing_rows(fresh_db):
    docs = [document("good-doc"), document("short-doc", body_text="Ngắn quá.")]
    good_page, pdf = page("http://demo/a"), page("http://demo/report.pdf", content_type="application/pdf")
    now = dt.datetime.now(dt.UTC)
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        for d in docs:
            conn.execute(
                "insert into raw.documents (doc_id, url, source_id, source_kind, content_sha256, title, "
                "published_at, published_basis, province_slug, body_text, parser_version, batch_id) "
                "values (%(doc_id)s, %(url)s, %(source_id)s, %(source_kind)s, %(content_sha256)s, %(title)s, "
                "%(published_at)s, %(published_basis)s, %(province_slug)s, %(body_text)s, %(parser_version)s, "
                "%(batch_id)s)", d)
        for n, p in enumerate([good_page, pdf]):
            sha = str(n) * 64
            conn.execute("insert into raw.pages (content_sha256, first_url, last_url, content_type, charset, "
                         "bytes, storage_ref) values (%s, %s, %s, %s, %s, %s, %s)",
                         (sha, p["url"], p["url"], p["content_type"], "utf-8", p["bytes"], f"file:///{sha}"))
            conn.execute("insert into raw.page_urls (batch_id, url, source_id, content_sha256, fetched_at) "
                         "values (%s, %s, %s, %s, %s)", (BATCH, p["url"], "demo-portal", sha, now))
            conn.execute("insert into raw.fetch_log (batch_id, source_id, url, attempt, requested_at, status, "
                         "bytes, content_sha256) values (%s, %s, %s, 1, %s, 200, %s, %s)",
                         (BATCH, "demo-portal", p["url"], now, p["bytes"], sha))

    for _ in range(2):  # a re-run replaces, never adds
        articles_report = validate_articles(fresh_db, BATCH, max_failing_share=0.9)
        pages_report = validate_pages(fresh_db, BATCH, max_failing_share=0.9)

    assert (articles_report.evaluated, articles_report.failed) == (2, 1)
    assert (pages_report.evaluated, pages_report.failed) == (2, 1)
    with psycopg.connect(fresh_db) as conn:
        failures = conn.execute("select suite, row_key, failed_expectations from audit.validation_failures "
                                "order by 1, 2").fetchall()
        runs = conn.execute("select suite from audit.validation_runs order by 1").fetchall()
    assert failures == [("articles", "short-doc", ["body_min_length"]),
                        ("pages", "http://demo/report.pdf", ["content_type_html"])]
    assert runs == [("articles",), ("pages",)]
    index = build_data_docs([BATCH])
    assert index == config.gx_docs_dir() / "index.html"
    assert index.is_file() and "pages" in index.read_text(encoding="utf-8")


def _stamps(url: str) -> dict:
    """What a validation writes, with its times: a skipped re-run must leave all of it as it was."""
    with psycopg.connect(url) as conn:
        return {
            "facts": conn.execute("select fact_id, loaded_at from raw.facts order by 1").fetchall(),
            "quarantine": conn.execute("select fact_id, quarantined_at from quarantine.facts order by 1").fetchall(),
            "runs": conn.execute("select suite, run_at, input_key from audit.validation_runs order by 1").fetchall(),
        }


def test_unchanged_rerun_keeps_the_recorded_outcome_and_writes_nothing(fresh_db):
    good = [r for r in gold_facts() if r["qualifier"] != "derived"][:6]
    _insert_candidates(fresh_db, good + [fact("rate_250", **BAD["rate_250"][0])])
    first = validate_facts(fresh_db, BATCH, max_failing_share=0.9)
    assert not first.unchanged and first.failed == 1
    before = _stamps(fresh_db)
    assert before["runs"][0][2]  # the input key is recorded

    again = validate_facts(fresh_db, BATCH, max_failing_share=0.9)
    assert again.unchanged
    assert (again.evaluated, again.failed, again.success, again.failed_by_expectation) == (
        first.evaluated, first.failed, first.success, first.failed_by_expectation)
    assert _stamps(fresh_db) == before  # loaded_at, quarantined_at and run_at untouched

    # A changed candidate: validated again (the fixed rate leaves quarantine).
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        conn.execute("update raw.fact_candidates set value = 25, evidence = 'đạt 25%' where fact_id = 'rate_250'")
    changed = validate_facts(fresh_db, BATCH, max_failing_share=0.9)
    assert not changed.unchanged and changed.failed == 0
    after_change = _stamps(fresh_db)
    assert after_change["runs"][0][2] != before["runs"][0][2]
    assert dict(after_change["facts"])["rate_250"] is not None and not after_change["quarantine"]

    # A changed threshold: validated again (the recorded threshold and drift flag follow it).
    assert not validate_facts(fresh_db, BATCH, max_failing_share=0.8).unchanged
    assert validate_facts(fresh_db, BATCH, max_failing_share=0.8).unchanged

    # Forced (vndx reprocess --force): validated again, every fact re-stamped.
    stamped = _stamps(fresh_db)
    assert not validate_facts(fresh_db, BATCH, max_failing_share=0.8, force=True).unchanged
    forced = _stamps(fresh_db)
    assert [fid for fid, _ in forced["facts"]] == [fid for fid, _ in stamped["facts"]]
    assert all(new > old for (_, old), (_, new) in zip(stamped["facts"], forced["facts"], strict=True))


def test_unchanged_rerun_validates_again_when_its_facts_were_removed(fresh_db):
    _insert_candidates(fresh_db, [fact("good")])
    validate_facts(fresh_db, BATCH, max_failing_share=0.9)
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        conn.execute("delete from raw.facts")
    report = validate_facts(fresh_db, BATCH, max_failing_share=0.9)
    assert not report.unchanged
    assert [fid for fid, _ in _snapshot(fresh_db)["facts"]] == ["good"]


def test_unchanged_rerun_of_a_drifting_batch_still_fails(fresh_db):
    _insert_candidates(fresh_db, [fact("good")] + [fact(fid, **overrides) for fid, (overrides, _) in BAD.items()])
    with pytest.raises(SiteDriftError):
        validate_facts(fresh_db, BATCH, max_failing_share=0.5)
    before = _stamps(fresh_db)
    with pytest.raises(SiteDriftError) as raised:
        validate_facts(fresh_db, BATCH, max_failing_share=0.5)
    assert raised.value.detail.unchanged and raised.value.detail.failed == 4
    assert _stamps(fresh_db) == before


def test_suite_fingerprint_follows_the_expectations():
    import dataclasses

    from expectations import pages, runner

    suite = pages.suite()
    full = runner.suite_fingerprint(suite)
    runner._fingerprints.clear()  # computed again, not read from this process's cache
    assert runner.suite_fingerprint(pages.suite()) == full
    runner._fingerprints.clear()
    fewer = dataclasses.replace(suite, expectations=lambda: suite.expectations()[:-1])
    assert runner.suite_fingerprint(fewer) != full
    runner._fingerprints.clear()
