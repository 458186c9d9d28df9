"""`make airflow`: the local Airflow a data engineer opens (LocalExecutor, scheduler,
dag-processor, triggerer, api-server with the UI, metadata in the embedded PostgreSQL), driven
through its REST API and the README's commands: the three DAGs are listed and paused, a
triggered vndx_pipeline run's validated facts start vndx_transform (the asset), one broken source
fails only its own tasks, and after the source is fixed `tasks clear --only-failed --downstream`
re-runs just that source and the run succeeds.

To stay quick this deployment crawls two demo sources (a registry folder): a copy of
demo-baobacgiang.yml, and demo-dti.yml first broken (its ranking page moved: discovery finds
nothing, the crawl fails as site drift), then restored."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vndx.orchestration import airflow_settings, local_airflow

from .conftest import deployment, record_timing

pytestmark = pytest.mark.distributed

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "scrapers" / "sources" / "demo"
VNDX = str(Path(sys.executable).parent / "vndx")
DAGS = {"vndx_pipeline", "vndx_transform", "vndx_reprocess"}


@pytest.fixture(scope="module")
def registry(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("registry")
    shutil.copy(DEMO / "demo-baobacgiang.yml", folder)
    broken = (DEMO / "demo-dti.yml").read_text(encoding="utf-8").replace("/dti/xep-hang-2022/", "/dti/moved-away/")
    assert "moved-away" in broken
    (folder / "demo-dti.yml").write_text(broken, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local(database_factory, registry):
    with deployment("local", database_factory("t_distributed_local"), str(registry),
                    retry_delay_seconds=airflow_settings.FAST_RETRY_DELAY_SECONDS) as state:
        record_timing("local_airflow_start", state["started_in_s"])
        yield state


def vndx_cli(state, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([VNDX, "airflow", *args], env=local_airflow._environment(state), capture_output=True,
                          text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, f"vndx airflow {' '.join(args)}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
    return done


def test_make_airflow_runs_every_part_with_the_local_executor(local):
    assert local["executor"] == "LocalExecutor"
    assert set(local["processes"]) >= {"api-server", "scheduler", "dag-processor", "triggerer"}
    assert local["metadata_db"].endswith("_airflow") and local["metadata_db"].startswith("postgresql://")
    status = vndx_cli(local, "status").stdout
    assert "running (LocalExecutor)" in status and "EXITED" not in status, status


def test_the_api_lists_the_three_dags_paused(local):
    api = local["api"]
    assert api.wait_for("the three DAGs parsed", lambda: api.dag_ids() >= DAGS, 300)
    assert all(api.dag(d)["is_paused"] for d in DAGS)
    assert api.runs("vndx_pipeline") == []


@pytest.fixture(scope="module")
def triggered(local):
    """Trigger vndx_pipeline for its next scheduled date; unpause both DAGs with the README's commands."""
    api = local["api"]
    api.wait_for("the three DAGs parsed", lambda: api.dag_ids() >= DAGS, 300)
    logical_date = api.wait_for("next run date", lambda: api.dag("vndx_pipeline")["next_dagrun_logical_date"], 120)
    started = time.monotonic()
    run = api.trigger("vndx_pipeline", logical_date)
    vndx_cli(local, "cli", "dags", "unpause", "vndx_transform")
    vndx_cli(local, "cli", "dags", "unpause", "vndx_pipeline")
    done = api.wait_for_run("vndx_pipeline", run["dag_run_id"], timeout=900)
    record_timing("local_vndx_pipeline_run_two_sources", time.monotonic() - started)
    return done


def test_a_broken_source_fails_only_its_own_tasks(triggered, local):
    api = local["api"]
    assert triggered["state"] == "failed"  # one mapped task failed: the run says so
    tis = api.task_instances("vndx_pipeline", triggered["dag_run_id"])
    bad = [t for t in tis if t["state"] != "success"]
    good = [t for t in tis if t["state"] == "success"]
    assert {t["task_id"] for t in bad if t["state"] == "failed"} == {"crawl"}, [(t["task_id"], t["state"]) for t in bad]
    assert {t["map_index"] for t in bad} == {next(t["map_index"] for t in bad if t["state"] == "failed")}
    assert {"crawl", "parse_and_extract", "validate"} <= {t["task_id"] for t in good}  # the other source went on


def test_the_validated_facts_asset_starts_vndx_transform(triggered, local):
    api = local["api"]
    transform = api.wait_for("an asset-triggered vndx_transform run",
                             lambda: [r for r in api.runs("vndx_transform") if r["run_type"] == "asset_triggered"], 300)
    api.wait_for("vndx_transform tasks starting", lambda: [
        t for t in api.task_instances("vndx_transform", transform[0]["dag_run_id"])
        if t["state"] in {"queued", "running", "success"}], 300)
    assert [r["run_type"] for r in api.runs("vndx_pipeline")] == ["manual"]  # no surprise run on unpausing


def test_clearing_the_failed_source_reruns_it_alone_and_the_run_succeeds(triggered, local, registry):
    api = local["api"]
    api.set_paused("vndx_transform", True)  # the dbt run is not what this test waits for
    shutil.copy(DEMO / "demo-dti.yml", registry / "demo-dti.yml")  # the source is fixed
    before = {(t["task_id"], t["map_index"]): t["try_number"]
              for t in api.task_instances("vndx_pipeline", triggered["dag_run_id"])}
    day = triggered["logical_date"][:10]
    vndx_cli(local, "cli", "tasks", "clear", "vndx_pipeline", "--task-regex", "crawl", "--only-failed",
             "--downstream", "--start-date", day, "--end-date", day, "--yes")
    api.wait_for("the run to restart", lambda: api.run("vndx_pipeline", triggered["dag_run_id"])["state"] != "failed",
                 120, poll=1)
    done = api.wait_for_run("vndx_pipeline", triggered["dag_run_id"], timeout=900)
    assert done["state"] == "success", done
    tis = api.task_instances("vndx_pipeline", triggered["dag_run_id"])
    rerun = {(t["task_id"], t["map_index"]) for t in tis if t["try_number"] > before[(t["task_id"], t["map_index"])]
             or (before[(t["task_id"], t["map_index"])] == 0 and t["try_number"] > 0)}
    assert len({m for _, m in rerun}) == 1, rerun  # only the fixed source's tasks ran again
    assert {task for task, _ in rerun} == {"crawl", "parse_and_extract", "validate"}, rerun
