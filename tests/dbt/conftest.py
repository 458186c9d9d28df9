"""A database built once per module by a real `dbt build` (each dbt invocation costs seconds)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.dbt.sample_raw import insert_sample
from vndx.transform import run_dbt
from vndx.warehouse.db import connect, ensure_schema


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


@pytest.fixture(scope="session")
def dbt_target(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A target/ of our own: the DAG and other engineers run dbt in the same project."""
    return str(tmp_path_factory.mktemp("dbt_target"))


@pytest.fixture(scope="module")
def built_db(server_url: str, dbt_target: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database with the DDL, the sample raw rows, and one `dbt build` done."""
    import psycopg

    name = "t_dbt_" + re.sub(r"[^a-z0-9]+", "_", request.module.__name__.lower())[-40:].strip("_")
    admin = _with_database(server_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')
    url = _with_database(server_url, name)
    try:
        ensure_schema(url)
        insert_sample(url)
        result = run_dbt("build", url=url, check=False, target_path=dbt_target)
        assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')


def mart_counts(url: str) -> dict[str, int]:
    """Row count of every table in schema marts."""
    with connect(url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "select table_name from information_schema.tables"
                " where table_schema = 'marts' and table_type = 'BASE TABLE' order by 1"
            )
        ]
        return {t: conn.execute(f'select count(*) from marts."{t}"').fetchone()[0] for t in tables}
