"""Rows shaped like the warehouse's, for the GX suite tests (good ones from the gold set)."""

from __future__ import annotations

import datetime as dt
import json

from vndx import config

GOLD = config.REPO_ROOT / "tests" / "data" / "gold"
SEEDS = config.REPO_ROOT / "tests" / "data" / "seeds"
BATCH = "demo-portal/2024-10-01"


def fact(fact_id: str, **overrides) -> dict:
    """A valid candidate fact (Bắc Kạn internet users 2024), with `overrides` applied."""
    row = {
        "fact_id": fact_id, "batch_id": BATCH, "doc_id": "doc-" + fact_id, "source_id": "demo-portal",
        "source_kind": "portal", "url": f"http://demo/{fact_id}", "province_slug": "bac-kan",
        "indicator_code": "internet_user_rate", "period_year": 2024, "value": 91.0, "unit": "percent",
        "out_of": None, "qualifier": None, "evidence": "Tỷ lệ người dùng internet đạt 91%",
        "char_start": 10, "char_end": 43, "extractor_version": "test", "published_at": dt.date(2024, 10, 8),
        "extracted_at": None,
    }
    row.update(overrides)
    return row


def gold_facts() -> list[dict]:
    """The hand-checked gold facts of the seed articles, as candidates (all must pass)."""
    from vndx.reference import load_indicators

    units = {i.code: i.unit for i in load_indicators()}
    published = {}
    for line in (GOLD / "seed_docs.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        published[doc["doc"]] = dt.date.fromisoformat(doc["published"])
    rows = []
    for n, line in enumerate((GOLD / "seed_facts.jsonl").read_text(encoding="utf-8").splitlines()):
        g = json.loads(line)
        derived = "derived" in g["evidence"]
        rows.append(fact(
            f"gold{n:02d}", doc_id=g["doc"], province_slug=g["province"], indicator_code=g["indicator"],
            period_year=g["period"], value=float(g["value"]), unit=units[g["indicator"]],
            out_of=g.get("out_of"), qualifier="derived" if derived else g.get("qualifier"),
            evidence=g["evidence"], published_at=published[g["doc"]],
        ))
    return rows


def seed_documents() -> list[dict]:
    """The seed articles as `raw.documents` rows."""
    rows = []
    for line in (GOLD / "seed_docs.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        body = next(SEEDS.glob(doc["doc"] + "*.txt")).read_text(encoding="utf-8")
        rows.append(document(doc["doc"], body_text=body, province_slug=doc["province"],
                             published_at=dt.date.fromisoformat(doc["published"])))
    return rows


def document(doc_id: str, **overrides) -> dict:
    row = {
        "doc_id": doc_id, "url": f"http://demo/{doc_id}", "source_id": "demo-portal", "source_kind": "portal",
        "content_sha256": "a" * 64, "title": "Chuyển đổi số", "published_at": dt.date(2024, 10, 8),
        "published_basis": "page metadata", "province_slug": "bac-kan",
        "body_text": (SEEDS / "000_52fd106dbd759f5d.txt").read_text(encoding="utf-8"),
        "parser_version": "test", "batch_id": BATCH,
    }
    row.update(overrides)
    return row


def page(url: str, **overrides) -> dict:
    row = {"url": url, "source_id": "demo-portal", "batch_id": BATCH, "status": 200, "error_class": None,
           "content_sha256": "b" * 64, "bytes": 48_213, "content_type": "text/html; charset=utf-8",
           "charset": "utf-8"}
    row.update(overrides)
    return row
