"""Settings read from the environment, with defaults for the embedded (one-machine) mode.

| variable | default | meaning |
|---|---|---|
| VNDX_HOME | <repo>/.vndx | state of the embedded mode: warehouse data, raw pages, Airflow home, docs |
| VNDX_WAREHOUSE_URL | (embedded) | PostgreSQL URL; when set, the embedded warehouse is not used |
| VNDX_PG_PORT | 54329 | TCP port of the embedded warehouse (127.0.0.1) |
| VNDX_RAW_ROOT | $VNDX_HOME/raw | where raw responses are landed (a local folder or an object-storage URL) |
| VNDX_SOURCES | demo | which source registry to crawl: `demo` (local demo site) or `live` |
| VNDX_DEMO_PORT | 8765 | port of the local demo site |
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def home() -> Path:
    return Path(os.environ.get("VNDX_HOME") or REPO_ROOT / ".vndx").resolve()


def external_warehouse_url() -> str | None:
    """The URL of an external warehouse, when the user pointed vndx at one."""
    return os.environ.get("VNDX_WAREHOUSE_URL") or None


def embedded_port() -> int:
    return int(os.environ.get("VNDX_PG_PORT", "54329"))


def raw_root() -> str:
    return os.environ.get("VNDX_RAW_ROOT") or str(home() / "raw")


def dbt_project_dir() -> Path:
    return Path(os.environ.get("VNDX_DBT_PROJECT_DIR") or REPO_ROOT / "dbt_project")


def demo_port() -> int:
    return int(os.environ.get("VNDX_DEMO_PORT", "8765"))


def gx_docs_dir() -> Path:
    """Where GX writes its Data Docs site."""
    return Path(os.environ.get("VNDX_GX_DOCS_DIR") or home() / "gx" / "data_docs").resolve()


def max_failing_share() -> float | None:
    """Share of a batch's rows failing validation above which the source's task fails (None: never)."""
    raw = (os.environ.get("VNDX_MAX_FAILING_SHARE") or "").strip().lower()
    if not raw:
        return 0.5
    if raw in ("none", "off", "no"):
        return None
    return float(raw)
