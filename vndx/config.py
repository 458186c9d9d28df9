"""`Settings`: the one reader of vndx's environment (`VNDX_*`), with defaults for the embedded
(one-machine) mode. Nothing else in vndx reads a `VNDX_*` variable; the rest of the code asks
`settings()` (or the shorthands below). Values are read at call time, so a changed environment
(a test's monkeypatch, an Airflow task's env) is seen.

| variable | default | meaning |
|---|---|---|
| VNDX_HOME | <repo>/.vndx | state of the embedded mode: warehouse data, raw pages, Airflow home, docs |
| VNDX_WAREHOUSE_URL | (embedded) | PostgreSQL URL; when set, the embedded warehouse is not used |
| VNDX_PG_PORT | 54329 | TCP port of the *embedded* warehouse (127.0.0.1) |
| VNDX_PG_BIN | (pgserver's) | folder with PostgreSQL binaries for the embedded warehouse |
| VNDX_RAW_ROOT | $VNDX_HOME/raw | where raw responses are landed (a local folder or an object-storage URL) |
| VNDX_SOURCES | demo | which source registry to crawl: `demo` (local demo site), `live`, or a folder |
| VNDX_DEMO_PORT | 8765 | port of the local demo site |
| VNDX_SEEDS_DIR | dbt_project/seeds | where the reference CSVs are read from |
| VNDX_DBT_PROJECT_DIR | <repo>/dbt_project | the dbt project |
| VNDX_DBT_BIN | the venv's dbt | the dbt executable the marts DAG runs |
| VNDX_DBT_THREADS | 4 | dbt threads (models built at once) of `dbt build` and of the marts DAG |
| VNDX_DBT_EXECUTION_MODE | watcher | marts DAG: `watcher` (one `dbt build`) or `local` (a dbt process per model) |
| VNDX_GX_DOCS_DIR | $VNDX_HOME/gx/data_docs | where GX writes Data Docs |
| VNDX_MAX_FAILING_SHARE | 0.5 | failing share of a batch's rows above which its source's task fails; `none` = never |
| VNDX_RETRY_DELAY_SECONDS | 120 | delay before an Airflow task's retry (`vndx run` sets 5) |
| VNDX_AIRFLOW_PORT | 8080 | port of `make airflow`'s UI and REST API (another free port if taken) |
| VNDX_WORKER_HOSTNAME | (the host's) | host name a local Celery worker's task instances record |
| VNDX_CPU_POOL_SLOTS | (the cores) | `vndx_cpu` pool slots: parse and validate tasks at once (`vndx airflow-init`) |
| VNDX_REVISIT_MIN_DAYS | 1 | revisit policy: days before a captured article is fetched again (and after it changed) |
| VNDX_REVISIT_MAX_DAYS | 30 | revisit policy: the cap of the interval, doubled while the article stays unchanged |

Not read here, on purpose: `VNDX_DBT_HOST/PORT/USER/PASSWORD/DBNAME` are *written* by
`vndx.transform.dbt_env()` for the dbt profile (with `VNDX_DBT_THREADS`, read here);
`${VNDX_DEMO_BASE_URL}` is a template variable of
the demo source registry's YAML (scrapers/registry.py); `bi/` runs in its own virtualenv and reads
its `VNDX_BI_*` settings itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _float_or_none(text: str | None, default: float) -> float | None:
    raw = (text or "").strip().lower()
    if not raw:
        return default
    if raw in ("none", "off", "no"):
        return None
    return float(raw)


def _execution_mode(text: str | None) -> str:
    mode = (text or "watcher").strip().lower()
    if mode not in ("watcher", "local"):
        raise ValueError(f"VNDX_DBT_EXECUTION_MODE must be 'watcher' or 'local', not {mode!r}")
    return mode


@dataclass(frozen=True)
class Settings:
    home: Path
    warehouse_url: str | None  # an external warehouse; None: the embedded one
    embedded_port: int
    pg_bin: Path | None
    raw_root: str
    sources: str
    demo_port: int
    seeds_dir: Path
    dbt_project_dir: Path
    dbt_bin: str
    dbt_threads: int
    dbt_execution_mode: str  # watcher | local
    gx_docs_dir: Path
    max_failing_share: float | None
    retry_delay_seconds: int | None  # None: not set (the DAGs wait 120 s, `vndx run` 5 s)
    airflow_port: int
    worker_hostname: str | None
    # vndx_transform's watcher tasks end in the triggerer when their node succeeded (no worker
    # process each); 0 for a deployment without a triggerer (vndx.pipeline.marts)
    dbt_watch_in_triggerer: bool = True
    # ... and start with the build, ending as their nodes are built (0: after it; `airflow dags test`
    # runs one task at a time and turns it off)
    dbt_watch_during_build: bool = True
    revisit_min_days: int = 1  # the revisit policy of known article URLs (scrapers/revisit.py)
    revisit_max_days: int = 30
    # Slots of the vndx_cpu pool (CPU-bound tasks at once); the machine's cores unless set.
    cpu_pool_slots: int = 2

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        home = Path(env.get("VNDX_HOME") or REPO_ROOT / ".vndx").resolve()
        dbt_project = Path(env.get("VNDX_DBT_PROJECT_DIR") or REPO_ROOT / "dbt_project")
        return cls(
            home=home,
            warehouse_url=env.get("VNDX_WAREHOUSE_URL") or None,
            embedded_port=int(env.get("VNDX_PG_PORT") or 54329),
            pg_bin=Path(env["VNDX_PG_BIN"]) if env.get("VNDX_PG_BIN") else None,
            raw_root=env.get("VNDX_RAW_ROOT") or str(home / "raw"),
            sources=env.get("VNDX_SOURCES") or "demo",
            demo_port=int(env.get("VNDX_DEMO_PORT") or 8765),
            seeds_dir=Path(env.get("VNDX_SEEDS_DIR") or dbt_project / "seeds"),
            dbt_project_dir=dbt_project,
            dbt_bin=env.get("VNDX_DBT_BIN") or str(Path(sys.executable).parent / "dbt"),
            dbt_threads=max(1, int(env.get("VNDX_DBT_THREADS") or 4)),
            dbt_execution_mode=_execution_mode(env.get("VNDX_DBT_EXECUTION_MODE")),
            gx_docs_dir=Path(env.get("VNDX_GX_DOCS_DIR") or home / "gx" / "data_docs").resolve(),
            max_failing_share=_float_or_none(env.get("VNDX_MAX_FAILING_SHARE"), 0.5),
            retry_delay_seconds=int(env["VNDX_RETRY_DELAY_SECONDS"]) if env.get("VNDX_RETRY_DELAY_SECONDS") else None,
            airflow_port=int(env.get("VNDX_AIRFLOW_PORT") or 8080),
            worker_hostname=env.get("VNDX_WORKER_HOSTNAME") or None,
            dbt_watch_in_triggerer=(env.get("VNDX_DBT_WATCH_IN_TRIGGERER") or "1").strip().lower()
            not in ("0", "false", "no"),
            dbt_watch_during_build=(env.get("VNDX_DBT_WATCH_DURING_BUILD") or "1").strip().lower()
            not in ("0", "false", "no"),
            revisit_min_days=int(env.get("VNDX_REVISIT_MIN_DAYS") or 1),
            revisit_max_days=int(env.get("VNDX_REVISIT_MAX_DAYS") or 30),
            cpu_pool_slots=max(1, int(env.get("VNDX_CPU_POOL_SLOTS") or os.cpu_count() or 2)),
        )


def settings() -> Settings:
    """The settings of the current environment."""
    return Settings.from_env(os.environ)


# Shorthands for the settings most code needs.
def home() -> Path:
    return settings().home


def external_warehouse_url() -> str | None:
    """The URL of an external warehouse, when the user pointed vndx at one."""
    return settings().warehouse_url


def embedded_port() -> int:
    return settings().embedded_port


def raw_root() -> str:
    return settings().raw_root


def dbt_project_dir() -> Path:
    return settings().dbt_project_dir


def demo_port() -> int:
    return settings().demo_port


def gx_docs_dir() -> Path:
    """Where GX writes its Data Docs site."""
    return settings().gx_docs_dir


def max_failing_share() -> float | None:
    """Share of a batch's rows failing validation above which the source's task fails (None: never)."""
    return settings().max_failing_share
