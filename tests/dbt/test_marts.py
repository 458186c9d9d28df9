"""`dbt build` for real on a handful of raw facts, then the marts checked row by row."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tests.dbt.conftest import mart_counts
from tests.dbt.sample_raw import FACTS, LOADED, insert_fact
from vndx.transform import run_dbt
from vndx.warehouse.db import connect

EXPECTED_MARTS = {
    "dim_province", "dim_indicator", "dim_period", "dim_source", "dim_document",
    "fct_indicator_observation", "fct_indicator_value", "rpt_province_scorecard", "rpt_dti_ranking",
    "rpt_province_rollup_2025", "batch_quality", "rpt_value_provenance",
}


def _one(url: str, sql: str, *params):
    with connect(url) as conn:
        return conn.execute(sql, params or None).fetchone()


def _all(url: str, sql: str, *params):
    with connect(url) as conn:
        return conn.execute(sql, params or None).fetchall()


def test_every_mart_is_built(built_db: str) -> None:
    counts = mart_counts(built_db)
    assert EXPECTED_MARTS <= set(counts)
    assert counts["dim_province"] == 97
    assert counts["fct_indicator_observation"] == len(FACTS)  # nothing lost, not even the unknown slug


def test_staging_and_intermediate_are_views_in_their_schemas(built_db: str) -> None:
    rows = dict(
        _all(
            built_db,
            "select table_schema || '.' || table_name, table_type from information_schema.tables"
            " where table_schema in ('staging', 'intermediate')",
        )
    )
    assert rows["staging.stg_raw__facts"] == "VIEW"
    assert rows["intermediate.int_facts_resolved"] == "VIEW"
    assert _one(built_db, "select count(*) from reference.provinces")[0] == 97


def test_dim_province_eras_and_lineage(built_db: str) -> None:
    rows = {
        r[0]: r[1:]
        for r in _all(
            built_db,
            "select province_id, gso_code, era_provinces, successor_province_id, is_current, valid_to,"
            " n_predecessors from marts.dim_province where province_slug in ('bac-ninh', 'bac-giang')",
        )
    }
    assert rows["bac-ninh@63"] == ("27", 63, "bac-ninh@34", False, dt.date(2025, 6, 30), 0)
    assert rows["bac-giang@63"] == ("24", 63, "bac-ninh@34", False, dt.date(2025, 6, 30), 0)
    # the new Bắc Ninh reuses Bắc Giang's code 24
    assert rows["bac-ninh@34"] == ("24", 34, None, True, None, 2)
    per_era = dict(_all(built_db, "select era_provinces, count(*) from marts.dim_province group by 1"))
    assert per_era == {63: 63, 34: 34}


def test_ranking_page_beats_news_and_conflict_is_flagged(built_db: str) -> None:
    row = _one(
        built_db,
        "select value, out_of, selection_rule, has_conflict, n_observations, n_sources, min_value,"
        " max_value, selected_source_kind, selected_fact_id from marts.fct_indicator_value"
        " where province_id = 'bac-ninh@63' and indicator_code = 'dti_rank' and period_year = 2023",
    )
    assert row == (9.0, 63, "ranking_source", True, 2, 2, 9.0, 11.0, "ranking", "f_rank_bn")


def test_lead_contract_columns_of_fct_indicator_value(built_db: str) -> None:
    rows = _all(
        built_db,
        "select province_slug as province, indicator_code as indicator, period_year as period, value,"
        " unit, out_of from marts.fct_indicator_value where province_slug = 'bac-ninh' order by period",
    )
    assert ("bac-ninh", "dti_rank", 2025, 5.0, "rank", 34) in rows
    unknown = _one(
        built_db,
        "select province_id, province_resolution from marts.fct_indicator_observation"
        " where fact_id = 'f_unknown'",
    )
    assert unknown == (None, "unresolved")
    assert _one(built_db, "select count(*) from marts.fct_indicator_value where province_slug = 'atlantis'")[0] == 0


def test_dti_ranking_basis_63_before_and_34_after_the_merger(built_db: str) -> None:
    rows = {
        (r[0], r[1]): r[2:]
        for r in _all(
            built_db,
            "select province_id, period_year, ranking_basis, dti_rank, stated_out_of, has_basis_mismatch,"
            " is_dti_edition from marts.rpt_dti_ranking",
        )
    }
    assert rows[("bac-ninh@63", 2023)] == (63, 9, 63, False, True)
    assert rows[("bac-ninh@34", 2025)] == (34, 5, 34, False, False)
    assert rows[("ha-noi@63", 2023)][:2] == (63, 2)


def test_rollup_sums_additive_counts_only(built_db: str) -> None:
    rows = _all(
        built_db,
        "select successor_province_id, indicator_code, period_year, value_sum, n_predecessors_reported,"
        " n_predecessors, is_complete from marts.rpt_province_rollup_2025",
    )
    # 500 (old Bắc Ninh) + 300 (Bắc Giang); internet_user_rate (a rate) and
    # admin_procedure_count (a non-additive count) are never summed
    assert rows == [("bac-ninh@34", "digital_enterprise_count", 2024, 800.0, 2, 2, True)]


def test_scorecard_pivots_main_indicators(built_db: str) -> None:
    row = _one(
        built_db,
        "select dti_rank, online_dossier_rate, n_indicators_reported, region from marts.rpt_province_scorecard"
        " where province_id = 'bac-ninh@34' and period_year = 2025",
    )
    assert row == (5.0, 70.5, 2, "red_river_delta")


def test_batch_quality_counts_fetches_facts_and_quarantine(built_db: str) -> None:
    row = _one(
        built_db,
        "select source_id, n_fetch_attempts, n_fetch_errors, n_unchanged, n_documents, n_facts_valid,"
        " n_facts_quarantined, quarantine_share, is_validation_success from marts.batch_quality"
        " where batch_id = 'baomoi/2026-03-01'",
    )
    # d_news_bn carries 5 valid facts (one with an unknown province), 1 fact was quarantined;
    # the 304 is counted as unchanged, not as a fetch error
    assert row == ("baomoi", 3, 1, 1, 1, 5, 1, 1 / 6, False)


def test_docs_tables_carry_descriptions(built_db: str) -> None:
    # persist_docs: every mart column has a comment in the database
    missing = _all(
        built_db,
        "select tables.relname, cols.attname from pg_attribute as cols"
        " join pg_class as tables on cols.attrelid = tables.oid"
        " join pg_namespace as schemas on tables.relnamespace = schemas.oid"
        " where schemas.nspname = 'marts' and tables.relkind = 'r' and cols.attnum > 0"
        " and not cols.attisdropped and col_description(tables.oid, cols.attnum) is null",
    )
    n_tables = _one(
        built_db,
        "select count(*) from pg_class as tables join pg_namespace as schemas"
        " on tables.relnamespace = schemas.oid"
        " where schemas.nspname = 'marts' and tables.relkind = 'r'"
        " and obj_description(tables.oid, 'pg_class') is not null",
    )[0]
    assert n_tables >= len(EXPECTED_MARTS)
    assert missing == []


def test_second_build_gives_the_same_rows(built_db: str, dbt_target: str) -> None:
    before = mart_counts(built_db)
    run_dbt("build", url=built_db, target_path=dbt_target)
    assert mart_counts(built_db) == before


def test_incremental_build_replaces_updates_and_deletes_facts(built_db: str, dbt_target: str) -> None:
    later = LOADED + dt.timedelta(days=3)
    with connect(built_db) as conn:
        # the newspaper article was re-extracted: its conflicting rank is gone, a value changed
        conn.execute("delete from raw.facts where fact_id in ('f_news_bn', 'f_score_hn')")
        conn.execute(
            "update raw.facts set value = 520, loaded_at = %s where fact_id = 'f_news_bn_ent'", (later,)
        )
        insert_fact(
            conn,
            ("f_new_hn", "d_rank_2023", "ha-noi", "dti_digital_government_rank", 2023, 1, "rank", 63,
             "Chính quyền số thứ 1"),
            loaded_at=later,
        )
    run_dbt("build", url=built_db, target_path=dbt_target)
    facts = dict(_all(built_db, "select fact_id, value from marts.fct_indicator_observation"))
    assert "f_news_bn" not in facts
    assert "f_score_hn" not in facts
    assert facts["f_news_bn_ent"] == 520
    assert facts["f_new_hn"] == 1
    assert len(facts) == len(FACTS) - 1
    # Hà Nội's 2023 score lost its only observation: the consolidated value is gone too
    assert _one(
        built_db,
        "select count(*) from marts.fct_indicator_value"
        " where province_id = 'ha-noi@63' and indicator_code = 'dti_score'",
    ) == (0,)
    assert _one(
        built_db, "select dti_rank, dti_score from marts.rpt_dti_ranking where province_id = 'ha-noi@63'"
    ) == (2, None)
    row = _one(
        built_db,
        "select value, has_conflict, n_observations, selection_rule from marts.fct_indicator_value"
        " where province_id = 'bac-ninh@63' and indicator_code = 'dti_rank' and period_year = 2023",
    )
    assert row == (9.0, False, 1, "single_observation")
    assert _one(
        built_db,
        "select value_sum from marts.rpt_province_rollup_2025 where indicator_code = 'digital_enterprise_count'",
    ) == (820.0,)


def test_fact_rows_carry_the_run_that_wrote_them(built_db: str) -> None:
    for table in ("fct_indicator_observation", "fct_indicator_value"):
        assert _one(built_db, f"select count(*) from marts.{table} where transformed_at is null") == (0,)


def test_incremental_build_tests_only_the_latest_rows_and_dbt_test_all(built_db: str, dbt_target: str) -> None:
    compiled = (
        Path(dbt_target) / "compiled" / "vndx" / "models" / "marts" / "core" / "_core__models.yml"
        / "not_null_fct_indicator_observation_fact_id.sql"
    )
    run_dbt("build", "--select", "fct_indicator_observation", url=built_db, target_path=dbt_target)
    # incremental build: the rows of this run, the one that wrote the table's newest rows
    run_started = re.search(r"transformed_at = cast\('([^']+)' as timestamp", compiled.read_text())
    assert run_started
    with connect(built_db) as conn:
        assert conn.execute(
            "select max(transformed_at) = %s::timestamptz from marts.fct_indicator_observation",
            (run_started.group(1),),
        ).fetchone()[0]
    run_dbt("test", "--select", "fct_indicator_observation", url=built_db, target_path=dbt_target)
    assert "transformed_at" not in compiled.read_text()  # `dbt test`: the whole table
