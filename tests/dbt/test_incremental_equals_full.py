"""Incremental `dbt build`s give the marts a full refresh gives on the same raw rows.

The sample is built once, then changed the ways the pipeline changes raw data (new facts for a known
and an unknown key, a re-extracted document whose facts are replaced, a fact and a whole key gone, a
new batch's fetch log and quarantine, a new day's batch from a new source, then that batch and
source gone again) with an incremental build after each round and a no-op build (nothing new) after
each. Every mart and incremental intermediate table is then read (every column but transformed_at,
which says which run wrote a row), rebuilt with `dbt build --full-refresh`, and read again: the two
must be equal. Rows no round touched must not have been rewritten by the incremental builds
(PostgreSQL's xmin, the transaction that wrote a row version, is unchanged).
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
    """Every row of every table in marts and intermediate (int_batch_counts), without transformed_at,
    sorted."""
    out = {}
    with connect(url) as conn:
        tables = conn.execute(
            "select table_schema, table_name from information_schema.tables"
            " where table_schema in ('marts', 'intermediate') and table_type = 'BASE TABLE' order by 1, 2"
        ).fetchall()
        for schema, table in tables:
            columns = [
                row[0] for row in conn.execute(
                    "select column_name from information_schema.columns where table_schema = %s"
                    " and table_name = %s and column_name <> 'transformed_at' order by ordinal_position",
                    (schema, table),
                )
            ]
            rows = conn.execute(f'select {", ".join(columns)} from {schema}."{table}"').fetchall()
            out[f"{schema}.{table}"] = sorted(rows, key=repr)
    return out


# dim_source's columns computed from raw as the model computed them before its skip scan: a plain
# group by over every fact (the model must give the same rows, built incrementally or not).
SOURCES_FROM_RAW = """
    with seen as (
        select source_id, source_kind, url as document_url, province_slug from raw.documents
        union all
        select source_id, source_kind, min(url), null from raw.facts group by source_id, source_kind
    )
    select
        source_id,
        mode() within group (order by source_kind),
        mode() within group (order by substring(document_url from '^[a-z]+://([^/:]+)')),
        max(province_slug),
        count(distinct source_kind) > 1
    from seen group by source_id order by 1
"""


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
    conn.execute(  # parsed_at = now(), as vndx.warehouse.writes does on every re-parse
        "update raw.documents set title = 'Bắc Giang: 320 doanh nghiệp công nghệ số', parsed_at = now(),"
        " batch_id = 'baobacgiang/2026-03-05' where doc_id = 'd_news_bg'",
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


NEW_DAY = "hanoimoi/2026-03-07"
NEW_DOCUMENT = ("d_news_hn", "https://hanoimoi.example/ha-noi-dich-vu-cong.html", "hanoimoi", "newspaper",
                "Hà Nội: 90% hồ sơ trực tuyến", dt.date(2026, 3, 6), "ha-noi")
# a batch and a document no round after the first touches: their rows stay as the first round wrote them
UNTOUCHED_BATCH = "mic_dti/2026-03-01"
UNTOUCHED_DOCUMENT = "d_rank_2023"


def _round_three(conn) -> None:
    """A new day's batch from a source not seen before: only rows added (fetch, document, facts, a
    quarantined fact, a validation run), so only that batch is counted again."""
    doc_id, doc_url, source_id, kind, title, published, province = NEW_DOCUMENT
    conn.execute(
        "insert into raw.fetch_log (batch_id, source_id, url, attempt, requested_at, status, error_class,"
        " bytes, elapsed_ms, content_sha256) values (%s, %s, %s, 1, now(), 200, null, 2048, 90, %s)",
        (NEW_DAY, source_id, doc_url, content_sha(doc_id)),
    )
    conn.execute(
        "insert into raw.documents (doc_id, url, source_id, source_kind, content_sha256, title, published_at,"
        " published_basis, province_slug, body_text, parser_version, batch_id)"
        " values (%s, %s, %s, %s, %s, %s, %s, 'page metadata', %s, %s, 'test', %s)",
        (doc_id, doc_url, source_id, kind, content_sha(doc_id), title, published, province, title, NEW_DAY),
    )
    insert_fact(
        conn,
        ("f_hn_dossier", doc_id, "ha-noi", "online_dossier_rate", 2026, 90, "percent", None,
         "90% hồ sơ được xử lý trực tuyến"),
        {doc_id: NEW_DOCUMENT}, loaded_at=LATEST + dt.timedelta(days=2),
    )
    conn.execute("update raw.facts set batch_id = %s where doc_id = %s", (NEW_DAY, doc_id))
    conn.execute(
        "insert into quarantine.facts (fact_id, batch_id, doc_id, source_id, source_kind, province_slug,"
        " indicator_code, period_year, value, unit, evidence, extractor_version, failed_expectations, reason)"
        " values ('q_hn_rate', %s, %s, %s, 'newspaper', 'ha-noi', 'online_dossier_rate', 2026, 190,"
        " 'percent', 'đạt 190%%', 'test-1', array['value_in_catalog_range'], 'value 190 > 100')",
        (NEW_DAY, doc_id, source_id),
    )
    conn.execute(
        "insert into audit.validation_runs (batch_id, suite, success, evaluated, failed, failing_share)"
        " values (%s, 'facts', false, 2, 1, 0.5)",
        (NEW_DAY,),
    )


def _round_four(conn) -> None:
    """That day's batch withdrawn: every row of it deleted (its batch, document and source vanish).
    And a fact re-validated in a new batch: it leaves a batch no timestamp says was touched (that
    batch keeps its other rows), so only the tables' totals show that batch must be counted again."""
    for table in ("raw.fetch_log", "raw.documents", "raw.facts", "quarantine.facts", "audit.validation_runs"):
        conn.execute(f"delete from {table} where batch_id = %s", (NEW_DAY,))
    conn.execute(
        "update raw.facts set batch_id = 'mic_dti/2026-03-09', loaded_at = %s where fact_id = 'f_rank_bn'",
        (LATEST + dt.timedelta(days=3),),
    )


def _row_versions(url: str) -> tuple:
    """The row versions (xmin) of a batch's counts and of a document no later round touches."""
    with connect(url) as conn:
        return (
            conn.execute(
                "select xmin::text from intermediate.int_batch_counts where batch_id = %s", (UNTOUCHED_BATCH,)
            ).fetchone(),
            conn.execute(
                "select xmin::text from marts.dim_document where document_id = %s", (UNTOUCHED_DOCUMENT,)
            ).fetchone(),
        )


def test_incremental_builds_equal_a_full_refresh(built_db: str, dbt_target: str) -> None:
    untouched = _versions(built_db)
    for change in (_round_one, _round_two, _round_three, _round_four):
        if change is _round_three:
            rows_before = _row_versions(built_db)
            assert all(rows_before)
        with connect(built_db) as conn:
            change(conn)
        _build(built_db, dbt_target)  # incremental: only what changed
        _build(built_db, dbt_target)  # no-op: nothing new
        if change is _round_three:
            # only the new batch was counted again, only the new document written
            assert _row_versions(built_db) == rows_before
            with connect(built_db) as conn:
                new_day = conn.execute(
                    "select n_fetch_attempts, n_documents, n_facts_valid, n_facts_quarantined,"
                    " is_validation_success from marts.batch_quality where batch_id = %s", (NEW_DAY,)
                ).fetchone()
                sources = [row[0] for row in conn.execute("select source_id from marts.dim_source")]
            assert new_day == (1, 1, 1, 1, False)
            assert "hanoimoi" in sources
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
    assert NEW_DAY not in batches  # withdrawn: gone from batch_quality
    with connect(built_db) as conn:  # the moved fact counted in its new batch, not in its old one
        moved = dict(conn.execute(
            "select batch_id, n_facts_valid from marts.batch_quality where batch_id like 'mic_dti/%'"
        ).fetchall())
    assert moved == {UNTOUCHED_BATCH: 2, "mic_dti/2026-03-09": 1}
    with connect(built_db) as conn:
        assert "hanoimoi" not in [row[0] for row in conn.execute("select source_id from marts.dim_source")]
        assert conn.execute(
            "select source_id, source_kind, source_domain, province_slug, has_mixed_kinds from marts.dim_source"
            " order by 1"
        ).fetchall() == conn.execute(SOURCES_FROM_RAW).fetchall()
    _build(built_db, dbt_target, "--full-refresh")
    full = _marts(built_db)
    assert full.keys() == incremental.keys()
    assert "intermediate.int_batch_counts" in full
    for table in full:
        assert incremental[table] == full[table], table
