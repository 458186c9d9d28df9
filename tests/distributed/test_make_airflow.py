"""`make airflow`: the local Airflow a data engineer opens (LocalExecutor, scheduler,
dag-processor, triggerer, api-server with the UI, metadata in the embedded PostgreSQL), driven
through its REST API: the three DAGs are listed and paused, a triggered vndx_pipeline run
succeeds and its validated-facts asset starts vndx_transform.

To stay quick this deployment crawls one demo source (a registry folder holding a copy of
scrapers/sources/demo/demo-baobacgiang.yml): the same DAGs, five tasks instead of twenty."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vndx.orchestration import local_airflow

from .conftest import deployment, record_timing

pytestmark = pytest.mark.distributed

REPO = Path(__file__).resolve().parents[2]
DAGS = {"vndx_pipeline", "vndx_transform", "vndx_reprocess"}


@pytest.fixture(scope="module")
def local(database_factory, tmp_path_factory):
    registry = tmp_path_factory.mktemp("registry")
    shutil.copy(REPO / "scrapers" / "sources" / "demo" / "demo-baobacgiang.yml", registry)
    with deployment("local", database_factory("t_distributed_local"), str(registry)) as state:
        record_timing("local_airflow_start", state["started_in_s"])
        yield state


def test_make_airflow_runs_every_part_with_the_local_executor(local):
    assert local["executor"] == "LocalExecutor"
    assert set(local["processes"]) >= {"api-server", "scheduler", "dag-processor", "triggerer"}
    assert local["metadata_db"].endswith("_airflow") and local["metadata_db"].startswith("postgresql://")
    status = subprocess.run([str(Path(sys.executable).parent / "vndx"), "airflow", "status"], capture_output=True,
                            text=True, env={**local_airflow._environment(local)})
    assert status.returncode == 0 and "EXITED" not in status.stdout, status.stdout


def test_the_api_lists_the_three_dags_paused(local):
    api = local["api"]
    assert api.wait_for("the three DAGs parsed", lambda: api.dag_ids() >= DAGS, 300)
    assert all(api.dag(d)["is_paused"] for d in DAGS)


def test_a_triggered_pipeline_run_succeeds_and_the_asset_starts_the_transform(local):
    api = local["api"]
    api.wait_for("the three DAGs parsed", lambda: api.dag_ids() >= DAGS, 300)
    logical_date = api.wait_for("next run date", lambda: api.dag("vndx_pipeline")["next_dagrun_logical_date"], 120)
    started = time.monotonic()
    run = api.trigger("vndx_pipeline", logical_date)
    for dag_id in ("vndx_transform", "vndx_pipeline"):
        api.set_paused(dag_id, False)
    done = api.wait_for_run("vndx_pipeline", run["dag_run_id"], timeout=900)
    record_timing("local_vndx_pipeline_run_one_source", time.monotonic() - started)
    assert done["state"] == "success", done
    tis = api.task_instances("vndx_pipeline", run["dag_run_id"])
    assert tis and all(t["state"] == "success" for t in tis), [(t["task_id"], t["state"]) for t in tis]
    transform = api.wait_for("an asset-triggered vndx_transform run",
                             lambda: [r for r in api.runs("vndx_transform") if r["run_type"] == "asset_triggered"], 300)
    assert transform[0]["state"] in {"queued", "running", "success"}, transform
    # it really runs: its first dbt tasks get scheduled
    api.wait_for("vndx_transform tasks starting", lambda: [
        t for t in api.task_instances("vndx_transform", transform[0]["dag_run_id"])
        if t["state"] in {"queued", "running", "success"}], 300)
    assert [r["run_type"] for r in api.runs("vndx_pipeline")] == ["manual"]  # no surprise run on unpausing
