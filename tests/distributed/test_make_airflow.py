"""`make airflow`: the local Airflow a data engineer opens (LocalExecutor, scheduler,
dag-processor, triggerer, api-server with the UI, metadata in the embedded PostgreSQL), driven
through its REST API and the README's commands: the three DAGs are listed and paused, a
triggered vndx_pipeline run with one broken source fails that source's crawl (the other source's
crawl succeeds); after the source is fixed, `tasks clear --only-failed --downstream` re-runs just
that crawl and what follows, the run succeeds and publishes its validated facts once more (one
asset event per attempt of the run), and they start vndx_transform (the asset).

To stay quick this deployment crawls two demo sources (a registry folder): a copy of
demo-baobacgiang.yml, and demo-dti.yml first broken (the site moved: every page 404s, the crawl
fails as site drift), then restored."""

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
    broken = (DEMO / "demo-dti.yml").read_text(encoding="utf-8").replace("/dti/", "/dti-moved-away/")
    assert broken.count("moved-away") >= 2  # base URL and ranking page: every path now 404s
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


def _crawls(tis: list[dict]) -> dict[int, dict]:
    return {t["map_index"]: t for t in tis if "crawl" in t["task_id"]}


def test_a_broken_source_fails_its_crawl_and_not_the_other_sources(triggered, local):
    api = local["api"]
    assert triggered["state"] == "failed"  # a task failed: the run says so
    crawls = _crawls(api.task_instances("vndx_pipeline", triggered["dag_run_id"]))
    assert sorted(t["state"] for t in crawls.values()) == ["failed", "success"], crawls
    assert all(t["try_number"] == 1 + airflow_settings.RETRIES for t in crawls.values() if t["state"] == "failed")


def test_clearing_the_failed_source_reruns_it_alone_and_the_run_succeeds(triggered, local, registry):
    api = local["api"]
    shutil.copy(DEMO / "demo-dti.yml", registry / "demo-dti.yml")  # the source is fixed
    crawls_before = _crawls(api.task_instances("vndx_pipeline", triggered["dag_run_id"]))
    day = triggered["logical_date"][:10]
    vndx_cli(local, "cli", "tasks", "clear", "vndx_pipeline", "--task-regex", "crawl", "--only-failed",
             "--downstream", "--start-date", day, "--end-date", day, "--yes")
    api.wait_for("the run to restart", lambda: api.run("vndx_pipeline", triggered["dag_run_id"])["state"] != "failed",
                 120, poll=1)
    done = api.wait_for_run("vndx_pipeline", triggered["dag_run_id"], timeout=900)
    assert done["state"] == "success", done
    tis = api.task_instances("vndx_pipeline", triggered["dag_run_id"])
    assert all(t["state"] == "success" for t in tis), [(t["task_id"], t["map_index"], t["state"]) for t in tis]
    crawls = _crawls(tis)
    rerun = {i for i, t in crawls.items() if t["try_number"] > crawls_before[i]["try_number"]}
    assert rerun == {i for i, t in crawls_before.items() if t["state"] == "failed"}  # only the fixed source
    # The validated facts were published once per attempt of the run: the first with the good
    # source (publish_despite_failures), the re-run with the fixed one (publish_validated_facts:
    # upstream-failed after the first attempt, so cleared with the failed crawl's downstream).
    events = api.asset_events("vndx_pipeline")
    assert [(e["source_task_id"], e["source_run_id"]) for e in events] == [
        ("publish_despite_failures", triggered["dag_run_id"]),
        ("publish_validated_facts", triggered["dag_run_id"])], events
    assert [len(e["extra"]["batches"]) for e in events] == [1, 1], events
    assert events[0]["extra"]["batches"] != events[1]["extra"]["batches"], events


def test_the_validated_facts_asset_starts_vndx_transform(triggered, local):
    api = local["api"]
    transform = api.wait_for("an asset-triggered vndx_transform run",
                             lambda: [r for r in api.runs("vndx_transform") if r["run_type"] == "asset_triggered"], 300)
    api.wait_for("vndx_transform tasks starting", lambda: [
        t for t in api.task_instances("vndx_transform", transform[0]["dag_run_id"])
        if t["state"] in {"queued", "running", "success"}], 300)
    assert [r["run_type"] for r in api.runs("vndx_pipeline")] == ["manual"]  # no surprise run on unpausing
