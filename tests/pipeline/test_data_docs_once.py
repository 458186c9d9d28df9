"""GX Data Docs once per run: validating a batch stores its results and renders nothing; the run's
`build_data_docs` (another process, as the DAG's own task) renders a page for every batch's
result of every suite, listed on the index, and a failing expectation is on its batch's page."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg
import pytest

from tests.expectations.gx_rows import fact
from vndx import config
from vndx.pipeline.validation import validate_facts
from vndx.warehouse.writes import FACT_COLUMNS

pytestmark = pytest.mark.usefixtures("gx_docs_dir")

BATCHES = ["docs-a/2024-10-01", "docs-b/2024-10-01", "docs-c/2024-10-01"]


def _insert(url: str, batch_id: str, rows: list[dict]) -> None:
    with psycopg.connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.executemany(
            f"insert into raw.fact_candidates ({', '.join(FACT_COLUMNS)})"
            f" values ({', '.join(['%s'] * len(FACT_COLUMNS))})",
            [tuple({**r, "batch_id": batch_id}[c] for c in FACT_COLUMNS) for r in rows])


def _html_pages(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*.html")}


def test_batches_render_nothing_and_the_run_renders_every_batch_once(fresh_db):
    docs = config.gx_docs_dir()
    for n, batch_id in enumerate(BATCHES):
        bad = fact(f"bad{n}", value=250.0, evidence="đạt 250%", doc_id=f"d{n}")
        _insert(fresh_db, batch_id, [fact(f"good{n}", doc_id=f"d{n}"), bad])
    before = _html_pages(docs) if docs.exists() else set()
    reports = [validate_facts(fresh_db, b, max_failing_share=0.9) for b in BATCHES]
    assert (_html_pages(docs) if docs.exists() else set()) == before  # no page rendered per batch

    # The failing expectation still quarantines its fact, with the reason.
    with psycopg.connect(fresh_db) as conn:
        quarantined = conn.execute("select fact_id, reason from quarantine.facts order by 1").fetchall()
    assert [f for f, _ in quarantined] == ["bad0", "bad1", "bad2"]
    assert all("value_not_above_catalog_max" in reason and "value=250" in reason for _, reason in quarantined)

    # The run's docs task: a separate process, as in a scheduler deployment.
    code = ("import sys; from vndx.pipeline.validation import build_data_docs; "
            "print(build_data_docs(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, *BATCHES], env={**os.environ, "VNDX_GX_DOCS_DIR": str(docs)},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    index = docs / "index.html"
    assert done.stdout.strip().endswith(str(index))
    listed = index.read_text(encoding="utf-8")
    for report in reports:
        page = report.data_docs_path
        assert os.path.isfile(page), page
        text = open(page, encoding="utf-8").read()
        assert "Unsuccessful Expectations" in text and report.batch_id.replace("/", "__") in text
        assert f"bad{BATCHES.index(report.batch_id)}" in text  # the failing row, by its fact id
        assert os.path.relpath(page, docs) in listed  # linked from the index
