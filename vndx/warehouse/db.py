"""Connections to the warehouse and its Python-owned DDL (raw, quarantine and audit schemas)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from vndx import config

DDL_DIR = Path(__file__).parent / "ddl"


def warehouse_url(start: bool = True) -> str:
    """`VNDX_WAREHOUSE_URL` when set; else the embedded warehouse (started when `start`)."""
    external = config.external_warehouse_url()
    if external:
        return external
    from vndx.warehouse import embedded  # noqa: PLC0415

    if start:
        return embedded.up().url()
    state = embedded.load_state()
    if state is None:
        raise embedded.WarehouseError("the embedded warehouse was never started: run `make warehouse-up`")
    return state.url()


def url_parts(url: str) -> dict[str, str]:
    """host, port, user, password, dbname of a postgresql:// URL (for dbt and Airflow)."""
    parts = urlsplit(url)
    return {
        "host": parts.hostname or "127.0.0.1",
        "port": str(parts.port or 5432),
        "user": unquote(parts.username or ""),
        "password": unquote(parts.password or ""),
        "dbname": (parts.path or "/").lstrip("/") or "postgres",
    }


def connect(url: str | None = None, **kwargs):
    """A psycopg 3 connection to the warehouse."""
    import psycopg  # noqa: PLC0415

    kwargs.setdefault("connect_timeout", 10)
    return psycopg.connect(url or warehouse_url(), **kwargs)


def ensure_schema(url: str | None = None) -> list[str]:
    """Apply every `ddl/NNN_*.sql` file in order (each statement idempotent). Returns file names."""
    applied = []
    with connect(url, autocommit=True) as conn:
        # One session at a time creates schemas (parallel tasks would race on `create ... if not exists`).
        conn.execute("select pg_advisory_lock(7011)")
        try:
            for path in sorted(DDL_DIR.glob("*.sql")):
                conn.execute(path.read_text())
                applied.append(path.name)
        finally:
            conn.execute("select pg_advisory_unlock(7011)")
    return applied
