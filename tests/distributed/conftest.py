"""Local Airflow deployments for the distributed tests: real processes (api-server, scheduler,
dag-processor, triggerer, Redis, Celery workers) started by vndx/orchestration/local_airflow.py
with the settings of docker-compose, each in its own state dir under .vndx/test-distributed/
(the Makefile's trap stops them there even if pytest dies) and its own database."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

from vndx.orchestration import local_airflow
from vndx.orchestration.rest_api import AirflowAPI

REPO = Path(__file__).resolve().parents[2]
DIST_HOME = Path(os.environ.get("VNDX_DISTRIBUTED_HOME") or REPO / ".vndx" / "test-distributed")


@contextlib.contextmanager
def deployment(name: str, warehouse_url: str, sources: str, **up_args) -> Iterator[dict]:
    """Start a local Airflow in DIST_HOME/<name> against `warehouse_url`; stop it and drop its
    metadata database afterwards, also when the test failed."""
    values = {
        "VNDX_HOME": str(DIST_HOME / name),
        "VNDX_WAREHOUSE_URL": warehouse_url,
        "VNDX_SOURCES": sources,
        "VNDX_DEMO_PORT": str(local_airflow.free_port()),
        "VNDX_AIRFLOW_PORT": str(local_airflow.free_port()),
    }
    with local_airflow.environ_overrides(values):
        local_airflow.down(quiet=True)
        started = time.monotonic()
        try:
            state = local_airflow.up(**up_args)
            state["started_in_s"] = round(time.monotonic() - started, 1)
            state["api"] = AirflowAPI(state["ui_url"], local_airflow.ADMIN, state["secrets"]["admin_password"])
            yield state
        finally:
            local_airflow.down(quiet=True)
            local_airflow.drop_metadata_database(warehouse_url)


def record_timing(name: str, seconds: float) -> None:
    """Wall times of the distributed runs, for the notes (never asserted)."""
    path = DIST_HOME / "timings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    timings = json.loads(path.read_text()) if path.exists() else {}
    timings[name] = round(seconds, 1)
    path.write_text(json.dumps(timings, indent=2))
