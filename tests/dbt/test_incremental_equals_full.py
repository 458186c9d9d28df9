"""Incremental `dbt build`s give the marts a full refresh gives on the same raw rows.

The sample is built once, then changed the ways the pipeline changes raw data (new facts for a known
and an unknown key, a re-extracted document whose facts are replaced, a fact and a whole key gone, a
new batch's fetch log and quarantine) with an incremental build after each round and a no-op build
(nothing new) after them. Every mart is then read (every column but transformed_at, which says which
run wrote a row), rebuilt with `dbt build --full-refresh`, and read again: the two must be equal.
Rows of keys no round touched must not have been rewritten by the incremental builds (PostgreSQL's
xmin, the transaction that wrote a row version, is unchanged).
"""

from __future__ import annotations

import datetime as dt

from tests.dbt.sample_raw import DOCUMENTS, LOADED, content_sha, insert_fact
from vndx.transform import run_dbt
from vndx.warehouse.db import connect

LATER = LOADED + dt.timedelta(days=2)
LATEST = LOADED + dt.timedelta(days=4)
# rows no change below touches: an incremental build must leave them as they are
UNTOUCHED_VALUE = ("ha-noi@63", "dti_rank", 2023)
UNTOUCHED_FACT = "f_rank_hn"


def _marts(url: str) -> dict[str, list[tuple]]:
    """Every row of every mart table, without transformed_at, sorted."""
    out = {}
    with connect(url) as conn:
        tables = [
            row[0] for row in conn.execute(
                "select table_name from information_schema.tables"
                " where table_schema = 'marts' and table_type = 'BASE TABLE' order by 1"
            )
        ]
        for table in tables:
            columns = [
                row[0] for row in conn.execute(
                    "select column_name from information_schema.columns where table_schema = 'marts'"
                    " and table_name = %s and column_name <> 'transformed_at' order by ordinal_position",
                    (table,),
                )
            ]
            rows = conn.execute(f'select {", ".join(columns)} from marts."{table}"').fetchall()
            out[table] = sorted(rows, key=repr)
    return out


def _versions(url: str) -> tuple:
    """The row versions (xmin) of an untouched value and of its provenance row. (Not its observation:
    fct_indicator_observation re-reads the facts loaded within observation_lookback_hours of its newest
    one, which here is every sample fact.)"""
    with connect(url) as conn:
        value = conn.execute(
            "select xmin::text from marts.fct_indicator_value"
            " where province_id = %s and indicator_code = %s and period_year = %s",
            UNTOUCHED_VALUE,
        ).fetchone()
        provenance = conn.execute(
            "select xmin::text from marts.rpt_value_provenance where fact_id = %s", (UNTOUCHED_FACT,)
        ).fetchone()
    assert value and provenance
    return value, provenance


def _build(url: str, target: str, *args: str) -> None:
    result = run_dbt("build", *args, url=url, check=False, target_path=target)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


def _round_one(conn) -> None:
    """New facts (a known key, a new key), a changed value, a fact and a whole key gone."""
    conn.execute("delete from raw.facts where fact_id in ('f_news_bn', 'f_score_hn')")
    conn.execute("update raw.facts set value = 520, loaded_at = %s where fact_id = 'f_news_bn_ent'", (LATER,))
    insert_fact(
        conn,
        ("f_bg_net_2", "d_news_bn", "bac-giang", "internet_user_rate", 2024, 82, "percent", None,
         "tỷ lệ người dùng Internet đạt 82%"),
        loaded_at=LATER,
    )
    insert_fact(
        conn,
        ("f_bn_gov_rank", "d_rank_2023", "bac-ninh", "dti_digital_government_rank", 2023, 7, "rank", 63,
         "Chính quyền số thứ 7"),
        loaded_at=LATER,
    )


def _round_two(conn) -> None:
    """The Bắc Giang article re-parsed (new title) and re-extracted (its facts replaced, one value
    changed, one fact gone with its key), a new batch with a fetch and a quarantined fact."""
    conn.execute(
        "update raw.documents set title = 'Bắc Giang: 320 doanh nghiệp công nghệ số', parsed_at = %s,"
        " batch_id = 'baobacgiang/2026-03-05' where doc_id = 'd_news_bg'",
        (LATEST,),
    )
    conn.execute("delete from raw.facts where doc_id = 'd_news_bg'")
    docs = {doc[0]: doc for doc in DOCUMENTS}
    for row in (
        ("f_bg_ent", "d_news_bg", "bac-giang", "digital_enterprise_count", 2024, 320, "count", None,
         "Bắc Giang có 320 doanh nghiệp công nghệ số"),
        ("f_bg_net", "d_news_bg", "bac-giang", "internet_user_rate", 2024, 80, "percent", None,
         "tỷ lệ người dùng Internet đạt 80%"),
    ):
        insert_fact(conn, row, docs, loaded_at=LATEST)
    conn.execute(
        "update raw.facts set batch_id = 'baobacgiang/2026-03-05' where doc_id = 'd_news_bg'"
    )
    conn.execute(
        "insert into raw.fetch_log (batch_id, source_id, url, attempt, requested_at, status, error_class,"
        " bytes, elapsed_ms, content_sha256) values ('baobacgiang/2026-03-05', 'baobacgiang', %s, 1, %s,"
        " 200, null, 4096, 120, %s)",
        (DOCUMENTS[3][1], LATEST, content_sha("d_news_bg")),
    )
    conn.execute(
        "insert into quarantine.facts (fact_id, batch_id, doc_id, source_id, source_kind, province_slug,"
        " indicator_code, period_year, value, unit, evidence, extractor_version, failed_expectations, reason)"
        " values ('q_bg_rate', 'baobacgiang/2026-03-05', 'd_news_bg', 'baobacgiang', 'newspaper',"
        " 'bac-giang', 'internet_user_rate', 2024, 180, 'percent', 'đạt 180%%', 'test-1',"
        " array['value_in_catalog_range'], 'value 180 > 100')"
    )


def test_incremental_builds_equal_a_full_refresh(built_db: str, dbt_target: str) -> None:
    untouched = _versions(built_db)
    for change in (_round_one, _round_two):
        with connect(built_db) as conn:
            change(conn)
        _build(built_db, dbt_target)  # incremental: only what changed
        _build(built_db, dbt_target)  # no-op: nothing new
    incremental = _marts(built_db)
    assert _versions(built_db) == untouched  # the increments did not rewrite the untouched key
    with connect(built_db) as conn:  # the changes did reach the marts
        provenance = dict(conn.execute(
            "select fact_id, document_title || ' ' || value || ' ' || n_observations"
            " from marts.rpt_value_provenance"
        ).fetchall())
        batches = dict(conn.execute("select batch_id, n_facts_quarantined from marts.batch_quality").fetchall())
    assert "f_news_bn" not in provenance and "f_score_hn" not in provenance
    assert provenance["f_bg_ent"] == "Bắc Giang: 320 doanh nghiệp công nghệ số 320 1"
    assert provenance["f_bg_net_2"].endswith(" 82 2")  # Bắc Giang's internet rate 2024: 80 (re-extracted), 82
    assert "f_bg_tthc" not in provenance  # not extracted again: its key is gone
    assert provenance["f_bn_gov_rank"].endswith(" 7 1")
    assert batches["baobacgiang/2026-03-05"] == 1
    _build(built_db, dbt_target, "--full-refresh")
    full = _marts(built_db)
    assert full.keys() == incremental.keys()
    for table in full:
        assert incremental[table] == full[table], table
