"""Shared fixtures: a real PostgreSQL (the embedded warehouse, or VNDX_WAREHOUSE_URL's server)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from vndx import config
from vndx.warehouse.db import ensure_schema


def _server_url() -> str:
    external = config.external_warehouse_url()
    if external:
        return external
    from vndx.warehouse import embedded

    return embedded.up().url()


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


@pytest.fixture(scope="session")
def server_url() -> str:
    """URL of the PostgreSQL server tests run against (started if embedded)."""
    return _server_url()


@pytest.fixture
def fresh_db(server_url: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database with the raw/quarantine/audit DDL applied; dropped afterwards."""
    import psycopg

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.nodeid.lower())[-55:].strip("_")
    admin = _with_database(server_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')
    url = _with_database(server_url, name)
    ensure_schema(url)
    yield url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture(scope="session")
def database_factory(server_url: str):
    """Create named databases that live for the whole session (dropped at its end)."""
    import psycopg

    admin = _with_database(server_url, "postgres")
    created: list[str] = []

    def make(name: str) -> str:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')
            conn.execute(f'create database "{name}"')
        created.append(name)
        return _with_database(server_url, name)

    yield make
    with psycopg.connect(admin, autocommit=True) as conn:
        for name in created:
            conn.execute(f'drop database if exists "{name}" with (force)')
