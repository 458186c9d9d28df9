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
