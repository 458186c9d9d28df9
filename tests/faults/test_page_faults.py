"""Faults in one landed page that must leave a true record (no DAG needed: the task library)."""

from __future__ import annotations

import datetime as dt
import unicodedata

from scrapers.landing import store_body, upsert_page_url
from scrapers.registry import get_source
from tests.localsite import to_cp1258
from vndx.config import REPO_ROOT
from vndx.pipeline.documents import process_batch
from vndx.warehouse.db import connect

ARTICLE = (REPO_ROOT / "scrapers/demo/site/baobackan/chuyen-doi-so/"
           "nhieu-diem-sang-trong-chuyen-doi-so-tinh-bac-kan-nam-2024-95721.html")
BATCH = "demo-baobackan/2024-10-09"


def test_evidence_from_a_windows_1258_page_is_nfc(fresh_db, tmp_path):
    """Before: the page was decoded without its declared charset and never NFC-normalised, so
    the evidence held decomposed tone marks (and matching on it failed)."""
    html = ARTICLE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1258"')
    body = to_cp1258(html)
    url = "http://demo/cp1258.html"
    with connect(fresh_db) as conn:
        sha, _ = store_body(str(tmp_path), body, url=url, final_url=url, status=200,
                            headers={"content-type": "text/html; charset=windows-1258"})
        upsert_page_url(conn, batch_id=BATCH, url=url, source_id="demo-baobackan", content_sha256=sha,
                        final_url=url, fetched_at=dt.datetime(2024, 10, 9, tzinfo=dt.UTC))
        conn.commit()
        outcome = process_batch(conn, get_source("demo-baobackan", "demo"), BATCH, str(tmp_path),
                                fetched_on=dt.date(2024, 10, 9))
        text = conn.execute("select body_text from raw.documents").fetchone()[0]
        rows = conn.execute("select indicator_code, value, evidence from raw.fact_candidates").fetchall()
    assert outcome.documents == 1, outcome.errors
    assert text == unicodedata.normalize("NFC", text) and "chuyển đổi số" in text.lower()
    assert ("internet_user_rate", 91.0) in {(r[0], r[1]) for r in rows}  # the same facts as in UTF-8
    assert all(e == unicodedata.normalize("NFC", e) for _, _, e in rows)


def test_vndx_extract_on_an_empty_text_file_exits_1_with_a_message(tmp_path):
    """Before: an empty .txt exited 0 silently (an empty .html exited 1)."""
    import subprocess
    import sys

    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    done = subprocess.run([sys.executable, "-m", "vndx.cli", "extract", str(empty)], capture_output=True,
                          text=True, cwd=REPO_ROOT)
    assert done.returncode == 1 and done.stdout == ""
    assert "empty.txt" in done.stderr and "empty" in done.stderr.split(":", 2)[-1]
