"""One fact column list (`vndx.warehouse.writes.FACT_COLUMNS`): the DDL of raw.fact_candidates,
raw.facts and quarantine.facts, the writer and the GX facts suite all follow it."""

from __future__ import annotations

import psycopg

from vndx.pipeline.validation import facts_suite
from vndx.warehouse.writes import CANDIDATE_COLUMNS, FACT_COLUMNS, QUARANTINE_COLUMNS


def _columns(conn, schema: str, table: str) -> list[str]:
    rows = conn.execute("select column_name from information_schema.columns where table_schema = %s "
                        "and table_name = %s order by ordinal_position", (schema, table)).fetchall()
    return [r[0] for r in rows]


def test_the_fact_tables_have_the_fact_columns_in_order(fresh_db):
    with psycopg.connect(fresh_db) as conn:
        candidates = _columns(conn, "raw", "fact_candidates")
        facts = _columns(conn, "raw", "facts")
        quarantine = _columns(conn, "quarantine", "facts")
    assert candidates == [*CANDIDATE_COLUMNS]
    assert facts == [*FACT_COLUMNS, "loaded_at"]
    assert quarantine == [*QUARANTINE_COLUMNS, "quarantined_at"]


def test_the_gx_facts_suite_validates_the_candidate_columns():
    frame = facts_suite().prepare([])
    assert list(frame.columns)[: len(CANDIDATE_COLUMNS)] == [*CANDIDATE_COLUMNS]
