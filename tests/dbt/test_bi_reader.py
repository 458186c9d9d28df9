"""The read-only role bi_reader: reads the marts (and audit), nothing else, writes nothing."""

from __future__ import annotations

import os

import psycopg
import pytest
from psycopg import errors

from vndx.warehouse.db import url_parts


def _as_bi_reader(url: str) -> psycopg.Connection:
    parts = url_parts(url)
    return psycopg.connect(
        host=parts["host"],
        port=parts["port"],
        dbname=parts["dbname"],
        user="bi_reader",
        password=os.environ.get("VNDX_BI_PASSWORD", "bi_reader"),
        autocommit=True,
        connect_timeout=10,
    )


def test_bi_reader_reads_every_mart(built_db: str) -> None:
    with _as_bi_reader(built_db) as conn:
        tables = [r[0] for r in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'"
        )]
        assert "fct_indicator_value" in tables
        for table in tables:
            conn.execute(f'select count(*) from marts."{table}"').fetchone()
        assert conn.execute("select count(*) from marts.dim_province").fetchone()[0] == 97
        assert conn.execute("select has_schema_privilege('audit', 'usage')").fetchone()[0]


@pytest.mark.parametrize(
    "sql",
    [
        "select * from raw.facts",
        "select * from raw.documents",
        "select * from staging.stg_raw__facts",
        "select * from intermediate.int_facts_resolved",
        "select * from reference.provinces",
        "insert into marts.dim_source (source_id) values ('x')",
        "update marts.fct_indicator_value set value = 0",
        "delete from marts.dim_province",
        "truncate marts.dim_period",
        "create table marts.bi_scratch (x int)",
        "create table public.bi_scratch (x int)",
        "drop table marts.dim_province",
        "alter table marts.dim_province add column x int",
        "create temporary table bi_scratch (x int)",  # TEMPORARY is revoked from PUBLIC
    ],
)
def test_bi_reader_cannot_read_raw_or_write(built_db: str, sql: str) -> None:
    with _as_bi_reader(built_db) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql)


def test_bi_reader_has_no_role_attributes(built_db: str) -> None:
    with _as_bi_reader(built_db) as conn:
        row = conn.execute(
            "select rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls"
            " from pg_roles where rolname = current_user"
        ).fetchone()
    assert row == (False, False, False, False, False)


def test_bi_reader_cannot_connect_to_the_postgres_database(built_db: str) -> None:
    parts = url_parts(built_db)
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(host=parts["host"], port=parts["port"], dbname="postgres", user="bi_reader",
                        password=os.environ.get("VNDX_BI_PASSWORD", "bi_reader"), connect_timeout=10)


def test_a_password_with_the_dollar_quote_tag_cannot_break_out(built_db: str, dbt_target: str, monkeypatch) -> None:
    """The password sits in a dollar-quoted DO block; `$bi$` in it once ended the block early."""
    from vndx.transform import run_dbt

    tricky = "x$bi$; create role bi_escape superuser; do $bi$ begin end $bi$'\\"
    monkeypatch.setenv("VNDX_BI_PASSWORD", tricky)
    try:
        done = run_dbt("run-operation", "grant_bi_reader", url=built_db, check=False, target_path=dbt_target)
        assert done.returncode == 0, done.stdout[-3000:]
        with _as_bi_reader(built_db) as conn:  # the password is exactly the tricky string
            assert conn.execute("select current_user").fetchone() == ("bi_reader",)
            assert conn.execute("select count(*) from pg_roles where rolname = 'bi_escape'").fetchone() == (0,)
    finally:
        monkeypatch.delenv("VNDX_BI_PASSWORD")
        run_dbt("run-operation", "grant_bi_reader", url=built_db, target_path=dbt_target)
