"""Shared fixtures: a real PostgreSQL (the embedded warehouse, or VNDX_WAREHOUSE_URL's server)."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
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


@pytest.fixture(scope="session")
def gx_docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One Data Docs folder per test session (`VNDX_GX_DOCS_DIR`): the GX context is cached per
    folder, so it is built once."""
    docs = tmp_path_factory.mktemp("gx") / "data_docs"
    old = os.environ.get("VNDX_GX_DOCS_DIR")
    os.environ["VNDX_GX_DOCS_DIR"] = str(docs)
    yield docs
    if old is None:
        os.environ.pop("VNDX_GX_DOCS_DIR", None)
    else:
        os.environ["VNDX_GX_DOCS_DIR"] = old


@dataclasses.dataclass
class CleanRun:
    """One clean `vndx run` over the demo registry (see `clean_demo_run`)."""

    env: dict[str, str]
    done: subprocess.CompletedProcess
    by_source: dict[str, dict[str, int]]  # report.rows_by_source right after the run
    facts: list[str]  # `vndx facts` lines right after the run

    @property
    def url(self) -> str:
        return self.env["VNDX_WAREHOUSE_URL"]


@pytest.fixture(scope="session")
def clean_demo_run(database_factory, tmp_path_factory) -> CleanRun:
    """The clean-run baseline, run once per session and shared: the e2e tests check it, the
    fault tests compare the good sources' rows after each fault with it. Its numbers are taken
    right after the run (later tests may add to its database)."""
    import socket
    import sys

    from vndx.pipeline.report import rows_by_source

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "VNDX_HOME": str(tmp_path_factory.mktemp("vndx_home_clean")),
           "VNDX_WAREHOUSE_URL": database_factory("t_clean_demo_run"), "VNDX_SOURCES": "demo",
           "VNDX_DEMO_PORT": str(port)}
    vndx = str(Path(sys.executable).parent / "vndx")
    done = subprocess.run([vndx, "run"], env=env, capture_output=True, text=True, timeout=1800,
                          cwd=config.REPO_ROOT)
    if done.returncode != 0:
        pytest.fail(f"the clean `vndx run` exited {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}")
    facts = subprocess.run([vndx, "facts"], env=env, capture_output=True, text=True, check=True).stdout
    return CleanRun(env, done, rows_by_source(env["VNDX_WAREHOUSE_URL"]), facts.splitlines())
