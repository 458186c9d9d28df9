"""The whole pipeline for real: `vndx run` (Airflow `dags test`, the demo site over HTTP, GX, dbt
through Cosmos) into a fresh database of the embedded warehouse; then the gold facts, a second
run that must not grow any table, and bad facts that must end in quarantine, not in the marts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "data" / "gold"
VNDX = str(Path(sys.executable).parent / "vndx")


@pytest.fixture(scope="module")
def run_env(clean_demo_run):
    return clean_demo_run.env


def _run(env, *args, check=True) -> subprocess.CompletedProcess:
    done = subprocess.run([VNDX, *args], env=env, capture_output=True, text=True, timeout=1500, cwd=REPO)
    if check and done.returncode != 0:
        pytest.fail(f"vndx {' '.join(args)} exited {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}")
    return done


@pytest.fixture(scope="module")
def first_run(clean_demo_run):
    """The session's clean demo run (shared with tests/faults, which compare against it)."""
    return clean_demo_run.done


def test_run_prints_progress_table_and_doc_paths(first_run):
    out = first_run.stdout
    for stage in range(1, 9):
        assert f"[{stage}/8]" in out
    for stage in range(1, 8):  # each stage line ends with the stage's own seconds
        line = next(ln for ln in out.splitlines() if ln.startswith(f"[{stage}/8]"))
        assert re.search(r" \(\d+\.\d s\)$", line), line
    assert "marts.fct_indicator_value:" in out
    assert "province" in out and "indicator" in out
    assert "dbt docs:" in out and "GX data docs:" in out
    docs_line = next(line for line in out.splitlines() if line.startswith("GX data docs:"))
    assert Path(docs_line.split(":", 1)[1].strip()).exists()


def test_consolidated_mart_holds_the_core_gold_facts(first_run, run_env, tmp_path):
    facts = _run(run_env, "facts").stdout
    rows = [json.loads(line) for line in facts.splitlines() if line.strip()]
    assert rows, "vndx facts printed nothing"
    for key in ("province", "indicator", "period", "value", "unit", "out_of"):
        assert key in rows[0]
    pred = tmp_path / "pred.jsonl"
    pred.write_text(facts)
    score = subprocess.run(
        [sys.executable, str(GOLD / "score.py"), str(GOLD / "seed_facts.jsonl"), str(pred),
         "--ignore-doc", "--verbose"],
        capture_output=True, text=True, check=True,
    ).stdout
    last = score.strip().splitlines()[-1]
    recall = float(last.split("R=")[1].split()[0])
    assert recall >= 0.9, score


def test_no_fact_from_page_chrome(first_run, run_env):
    from vndx.warehouse.db import connect

    with connect(run_env["VNDX_WAREHOUSE_URL"]) as conn:
        evidence = [r[0] for r in conn.execute("select evidence from marts.fct_indicator_observation")]
        values = {r[0] for r in conn.execute("select value from raw.facts")}
    assert evidence
    chrome = ("Số người online", "Số lượt truy cập", "Giấy phép", "Lượt xem")
    assert not [e for e in evidence if any(c in e for c in chrome)]
    assert not values & {165, 379, 23534, 233667, 181}


def test_every_source_in_the_marts_is_named_from_the_registry(first_run, run_env):
    from vndx.warehouse.db import connect

    with connect(run_env["VNDX_WAREHOUSE_URL"]) as conn:
        rows = conn.execute("select source_id, publisher, source_kind from marts.dim_source").fetchall()
    assert len(rows) == 6, rows  # the six demo sources
    assert all(publisher for _, publisher, _ in rows), rows
    assert ("demo-dti", "ranking") in {(r[0], r[2]) for r in rows}


def test_second_run_leaves_every_table_unchanged(first_run, run_env):
    from vndx.pipeline.report import table_counts

    url = run_env["VNDX_WAREHOUSE_URL"]
    before = table_counts(url)
    assert before["raw.facts"] > 0 and before["raw.fetch_log"] > 0
    started = _now(url)
    done = _run(run_env, "run")
    assert table_counts(url) == before
    assert re.search(r" 0 facts validated \([1-9][0-9]* unchanged, not validated again\)", done.stdout), done.stdout
    # the revisit policy: the same day's re-run fetched the discovery pages, no article
    assert _fetched_since(url, started) == (0, _fetched_since(url, None)[1])
    # validation found every batch's facts unchanged: not one re-stamped (the marts see no change)
    assert _facts_written_since(url, started) == (0, 0)
    # ... and the DAG param full_reread (here `vndx run --full-reread`) fetches every article again
    started = _now(url)
    _run(run_env, "run", "--full-reread")
    assert table_counts(url) == before
    assert _facts_written_since(url, started) == (0, 0)  # every article answered 304: nothing changed
    articles, discovery = _fetched_since(url, started)
    assert articles == _fetched_since(url, None)[0] > 0 and discovery > 0


def _now(url: str):
    from vndx.warehouse.db import connect

    with connect(url) as conn:
        return conn.execute("select now()").fetchone()[0]


def _facts_written_since(url: str, since) -> tuple[int, int]:
    """(raw.facts rows loaded, facts-suite validation runs recorded) at or after `since`."""
    from vndx.warehouse.db import connect

    with connect(url) as conn:
        return conn.execute(
            "select (select count(*) from raw.facts where loaded_at >= %(t)s),"
            " (select count(*) from audit.validation_runs where suite = 'facts' and run_at >= %(t)s)",
            {"t": since}).fetchone()


def _fetched_since(url: str, since) -> tuple[int, int]:
    """(article URLs, discovery URLs) with a fetch-log row requested at or after `since` (None: ever);
    an article URL is one with a raw.url_revisits row (the discovery pages have none)."""
    from vndx.warehouse.db import connect

    with connect(url) as conn:
        row = conn.execute(
            "select count(distinct f.url) filter (where r.url is not null),"
            " count(distinct f.url) filter (where r.url is null)"
            " from raw.fetch_log f left join raw.url_revisits r using (url)"
            " where f.requested_at >= coalesce(%s, '-infinity'::timestamptz) and f.url not like '%%/robots.txt'",
            (since,)).fetchone()
    return row[0], row[1]


def test_bad_facts_are_quarantined_with_reasons_and_kept_out_of_the_marts(first_run, run_env):
    from vndx.pipeline import tasks
    from vndx.transform import run_dbt
    from vndx.warehouse.db import connect

    url = run_env["VNDX_WAREHOUSE_URL"]
    batch = "e2e-bad/2026-01-01"
    internet, smartphone = "internet_user_rate", "smartphone_user_rate"
    bad = [
        ("bad-rate", "bac-kan", internet, 2024, 250.0, "percent", None, "Tỷ lệ người dùng internet đạt 250%"),
        ("bad-rank", "bac-kan", "dti_rank", 2023, 70.0, "rank", 63, "DTI xếp thứ 70/63 tỉnh, thành phố"),
        ("bad-prov", "atlantis", internet, 2024, 80.0, "percent", None, "Tỷ lệ người dùng internet đạt 80%"),
        ("bad-year", "bac-kan", internet, 2031, 85.0, "percent", None, "Năm 2031 tỷ lệ người dùng internet đạt 85%"),
        ("good-one", "bac-kan", smartphone, 2024, 77.0, "percent", None,
         "tỷ lệ người dân sử dụng điện thoại thông minh đạt 77%"),
    ]
    with connect(url) as conn:
        for fid, prov, ind, period, value, unit, out_of, evidence in bad:
            conn.execute(
                """insert into raw.fact_candidates (fact_id, batch_id, doc_id, source_id, source_kind, url,
                       province_slug, indicator_code, period_year, value, unit, out_of, evidence,
                       char_start, char_end, extractor_version, published_at)
                   values (%s, %s, 'e2e-doc', 'e2e-bad', 'newspaper', 'http://127.0.0.1/e2e', %s, %s, %s, %s,
                           %s, %s, %s, 0, %s, 'test', '2024-10-08')
                   on conflict (fact_id) do nothing""",
                (fid, batch, prov, ind, period, value, unit, out_of, evidence, len(evidence)),
            )
        conn.commit()
    os.environ["VNDX_WAREHOUSE_URL"] = url  # tasks.validate reads the warehouse from the environment
    try:
        with pytest.raises(Exception, match="(?i)drift|fail"):  # 4 of 5 failing is over the drift threshold
            tasks.validate({"batch_id": batch, "source_id": "e2e-bad"})
    finally:
        os.environ.pop("VNDX_WAREHOUSE_URL", None)
    run_dbt("build", url=url)
    with connect(url) as conn:
        quarantined = dict(
            conn.execute(
                "select fact_id, failed_expectations from quarantine.facts where batch_id = %s", (batch,)
            ).fetchall()
        )
        in_marts = {r[0] for r in conn.execute("select fact_id from marts.fct_indicator_observation")}
        in_raw = {r[0] for r in conn.execute("select fact_id from raw.facts where batch_id = %s", (batch,))}
    assert set(quarantined) == {"bad-rate", "bad-rank", "bad-prov", "bad-year"}
    assert all(quarantined[f] for f in quarantined), quarantined
    assert in_raw == {"good-one"}
    assert not in_marts & set(quarantined)
    assert "good-one" in in_marts


def test_reprocess_reparses_everything_landed_without_network(first_run, run_env):
    """`vndx reprocess` reads only the raw store (the demo site is down by now) and rebuilds the
    same facts: nothing lost, nothing duplicated. (`--force`: without it, every page is unchanged
    since the run and would be skipped.)"""
    from vndx.pipeline.report import table_counts

    url = run_env["VNDX_WAREHOUSE_URL"]
    before = table_counts(url)
    done = _run(run_env, "reprocess", "--force")
    assert "batches" in done.stdout and "FAILED" not in done.stderr
    assert " 0 unchanged" in done.stdout and not re.search(r" [1-9][0-9]* unchanged", done.stdout), done.stdout
    after = table_counts(url)
    for table in ("raw.documents", "raw.fact_candidates", "raw.facts", "raw.fetch_log", "raw.pages"):
        assert after[table] == before[table], table


def test_raw_store_is_warc_with_cdxj_and_warcio_check_passes(first_run, run_env):
    """Every capture of the run is in WARC files (with their CDXJ indexes) that warcio's own checker
    accepts, and every landed body's row points at its response record."""
    from scrapers.warc import check_files, warc_files
    from vndx.warehouse.db import connect

    raw_root = str(Path(run_env["VNDX_HOME"]) / "raw")
    files = warc_files(raw_root)
    assert files, "the run wrote no WARC file"
    assert not (Path(raw_root) / "sha256").exists()  # nothing in the legacy layout
    ok, report = check_files(files)
    assert ok, report
    checked = _run(run_env, "raw", "check")
    assert checked.stdout.strip().endswith("ok"), checked.stdout
    with connect(run_env["VNDX_WAREHOUSE_URL"]) as conn:
        missing = conn.execute("select count(*) from raw.pages where warc_filename is null").fetchone()[0]
        pages = conn.execute("select count(*) from raw.pages").fetchone()[0]
    assert pages > 0 and missing == 0


def test_explain_prints_the_chain_of_a_known_value(first_run, run_env):
    """`vndx explain bac-giang dti_rank 2022`: the selected value, the competing observations, and for
    each its evidence, URL and capture id (a WARC record)."""
    done = _run(run_env, "explain", "bac-giang", "dti_rank", "2022")
    out = done.stdout
    assert "value: 9/63 rank" in out, out
    assert out.count("evidence:") >= 2 and out.count("url:") == out.count("evidence:")
    assert "[selected]" in out
    captures = [line.split("capture:", 1)[1].strip() for line in out.splitlines() if "capture:" in line]
    assert captures and all(c.startswith("warc/") and ".warc.gz#" in c for c in captures), captures
