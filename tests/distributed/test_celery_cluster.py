"""`make test-distributed`: the CeleryExecutor deployment of docker-compose, run for real as
local processes: Redis (Debian's redis-server, with a password), the metadata database in the
embedded PostgreSQL, scheduler, dag-processor, api-server and two Celery workers, configured
from the same source as compose (vndx/orchestration/airflow_settings.py). Everything is driven
through the Airflow 3 REST API and CLI, as a data engineer would:

  trigger vndx_pipeline -> both workers crawl -> the asset starts vndx_transform -> marts hold
  the seed facts -> backfill three earlier days (one worker killed mid-run: its task is retried
  on the other) -> no row duplicated.

Differences from compose, all about speed: 5 s retry delay (not 120 s), heartbeat timeout 60 s
(not 300 s) so a killed worker's task is detected in about a minute, queued timeout 300 s.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vndx.orchestration import airflow_settings, local_airflow

from .conftest import deployment, record_timing

pytestmark = pytest.mark.distributed

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "data" / "gold"
VNDX = str(Path(sys.executable).parent / "vndx")
WORKERS = ("vndx-worker-1", "vndx-worker-2")
# tables a re-crawl of the same pages must not grow (fetch attempts and validation runs are
# per batch = per source and day, so a new day adds rows there by design)
IDEMPOTENT_TABLES = ("raw.pages", "raw.documents", "raw.fact_candidates", "raw.facts", "quarantine.facts")
# A killed worker's running tasks stop heartbeating: failed after 60 s (default 300) and retried.
# A task it had received but not yet started stays queued until [scheduler] task_queued_timeout
# (default 600 s; 300 here: shorter would also fail tasks merely waiting for a free slot).
FAST_FAILURE_DETECTION = {
    "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "60",
    "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": "300",
}


@pytest.fixture(scope="module")
def warehouse(database_factory) -> str:
    return database_factory("t_distributed_celery")


@pytest.fixture(scope="module")
def cluster(warehouse):
    with deployment("celery", warehouse, "demo", executor="CeleryExecutor", workers=len(WORKERS),
                    triggerer=False, retry_delay_seconds=airflow_settings.FAST_RETRY_DELAY_SECONDS,
                    extra_env=FAST_FAILURE_DETECTION) as state:
        record_timing("celery_cluster_start", state["started_in_s"])
        yield state


@pytest.fixture(scope="module")
def api(cluster):
    return cluster["api"]


def vndx_cli(cluster, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`vndx airflow cli ...` (the commands of the README) against this deployment."""
    env = {**local_airflow._environment(cluster)}
    done = subprocess.run([VNDX, "airflow", "cli", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)
    assert done.returncode == 0, f"vndx airflow cli {' '.join(args)}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def first_run(cluster, api):
    """Trigger vndx_pipeline for its next scheduled date, then unpause it and vndx_transform
    (triggering at that date means the scheduler adds no run of its own on unpausing)."""
    api.wait_for("the three DAGs parsed", lambda: {"vndx_pipeline", "vndx_transform"} <= api.dag_ids(), 300)
    logical_date = api.wait_for("next run date", lambda: api.dag("vndx_pipeline")["next_dagrun_logical_date"], 120)
    started = time.monotonic()
    run = api.trigger("vndx_pipeline", logical_date)
    api.set_paused("vndx_transform", False)
    vndx_cli(cluster, "dags", "unpause", "vndx_pipeline")
    done = api.wait_for_run("vndx_pipeline", run["dag_run_id"], timeout=1500)
    record_timing("celery_vndx_pipeline_run", time.monotonic() - started)
    return {"run": done, "logical_date": logical_date, "started": started}


def test_the_dags_are_listed_and_start_paused(api):
    api.wait_for("the three DAGs parsed", lambda: api.dag_ids() >= {"vndx_pipeline", "vndx_transform",
                                                                    "vndx_reprocess"}, 300)
    for dag_id in ("vndx_pipeline", "vndx_transform", "vndx_reprocess"):
        assert api.dag(dag_id)["is_paused"] is True, f"{dag_id} is unpaused by surprise"
        assert api.runs(dag_id) == [], f"{dag_id} ran by surprise"


def test_triggered_pipeline_succeeds_with_crawls_on_both_workers(first_run, api):
    run = first_run["run"]
    assert run["state"] == "success", run
    tis = api.task_instances("vndx_pipeline", run["dag_run_id"])
    # every task succeeded; publish_despite_failures (all_done) skips when no source failed:
    # publish_validated_facts published instead
    expected = {"publish_despite_failures": "skipped"}
    assert tis and all(t["state"] == expected.get(t["task_id"], "success") for t in tis), [
        (t["task_id"], t["state"]) for t in tis]
    crawls = [t for t in tis if "crawl" in t["task_id"]]
    assert len(crawls) >= 6, crawls  # one per demo source
    assert {t["hostname"] for t in crawls} == set(WORKERS), [(t["map_index"], t["hostname"], t["pid"]) for t in crawls]
    assert all(t["pid"] for t in crawls)


@pytest.fixture(scope="module")
def transform_run(first_run, api):
    """The one vndx_transform run the validated-facts asset started (nobody triggers it).

    The pipeline run emits the asset once, after every source's validate (publish_validated_facts),
    so it starts exactly one transform run, built from every source. The pipeline run is over
    here; waiting until the runs settle (a scheduler loop later) would show a second one."""
    api.wait_for("an asset-triggered vndx_transform run",
                 lambda: [r for r in api.runs("vndx_transform") if r["run_type"] == "asset_triggered"], 300)
    def settled() -> list[dict] | None:
        # every run finished, and still so a scheduler loop later (an event of the last
        # validate may not have become a run yet)
        for _ in range(2):
            got = api.runs("vndx_transform")
            if not got or any(r["state"] not in {"success", "failed"} for r in got):
                return None
            time.sleep(15)
        return got if len(got) == len(api.runs("vndx_transform")) else None

    runs = api.wait_for("every vndx_transform run finished", settled, 2400)
    assert {r["run_type"] for r in runs} == {"asset_triggered"}, runs  # none started by hand or by a schedule
    assert len(runs) == 1, runs  # one pipeline run, one transform run
    events = api.asset_events("vndx_pipeline")
    assert [(e["source_task_id"], e["source_run_id"]) for e in events] == [
        ("publish_validated_facts", first_run["run"]["dag_run_id"])], events
    assert len(events[0]["extra"]["batches"]) >= 6, events  # every demo source in the one event
    record_timing("celery_vndx_transform_run", time.monotonic() - first_run["started"])
    # Pause so the backfill below has the workers to itself (each backfill day would start one).
    api.set_paused("vndx_transform", True)
    return runs[0]


def test_the_asset_starts_vndx_transform_and_the_marts_hold_the_seed_facts(transform_run, cluster, tmp_path):
    assert transform_run["state"] == "success", transform_run
    assert transform_run["run_type"] == "asset_triggered"
    env = local_airflow._environment(cluster)
    facts = subprocess.run([VNDX, "facts"], env=env, capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert facts.strip(), "the marts are empty"
    pred = tmp_path / "pred.jsonl"
    pred.write_text(facts)
    score = subprocess.run([sys.executable, str(GOLD / "score.py"), str(GOLD / "seed_facts.jsonl"), str(pred),
                            "--ignore-doc"], capture_output=True, text=True, check=True).stdout
    recall = float(score.strip().splitlines()[-1].split("R=")[1].split()[0])
    assert recall >= 0.9, score


def _kill_a_worker_mid_task(api, cluster, run_ids: set[str], timeout: float = 900) -> list[dict]:
    """Wait until vndx-worker-1 runs a task of one of `run_ids`, then SIGKILL its whole process
    group (the worker and its task processes). Returns every task instance it was seen running
    (a 1-s task may still end between the listing and the kill: the test looks at all of them)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        running = [ti for ti in api.task_instances("vndx_pipeline")
                   if ti["dag_run_id"] in run_ids and ti["state"] == "running" and ti["hostname"] == WORKERS[0]]
        if running:
            local_airflow.stop_process(cluster["processes"][WORKERS[0]], signal.SIGKILL)
            return running
        time.sleep(0.5)
    raise AssertionError(f"{WORKERS[0]} ran no task of the backfill within {timeout:.0f} s")


@pytest.fixture(scope="module")
def backfill(transform_run, first_run, cluster, api):
    """`airflow backfill create` over the three days before the first run, killing one worker
    while it runs one of the backfill's tasks."""
    from vndx.pipeline.report import table_counts

    before = table_counts(cluster["warehouse_url"])
    first_day = dt.date.fromisoformat(first_run["logical_date"][:10])
    days = [str(first_day - dt.timedelta(days=n)) for n in (3, 2, 1)]
    started = time.monotonic()
    # one day at a time, as the DAG's max_active_runs: the one worker left must not drown in a queue
    vndx_cli(cluster, "backfill", "create", "--dag-id", "vndx_pipeline", "--from-date", days[0], "--to-date", days[-1],
             "--max-active-runs", "1")
    runs = api.wait_for("three backfill runs",
                        lambda: [r for r in api.runs("vndx_pipeline") if r["run_type"] == "backfill"], 120)
    killed = _kill_a_worker_mid_task(api, cluster, {r["dag_run_id"] for r in runs})
    killed_at = time.monotonic()
    runs = api.wait_for("three backfill runs", lambda: len(
        got := [r for r in api.runs("vndx_pipeline") if r["run_type"] == "backfill"]) == 3 and got, 300)
    finished = [api.wait_for_run("vndx_pipeline", r["dag_run_id"], timeout=1800) for r in runs]
    record_timing("celery_backfill_3_days_with_a_killed_worker", time.monotonic() - started)
    record_timing("celery_backfill_rest_after_the_kill", time.monotonic() - killed_at)
    return {"days": days, "runs": finished, "killed": killed, "before": before,
            "after": table_counts(cluster["warehouse_url"])}


def test_backfill_runs_the_three_days(backfill):
    assert sorted(r["logical_date"][:10] for r in backfill["runs"]) == backfill["days"]
    assert [r["state"] for r in backfill["runs"]] == ["success"] * 3, backfill["runs"]


def test_a_killed_workers_task_is_retried_on_the_other_worker(backfill, api):
    cut = []  # the tries the kill cut short (a task seen running may have ended just before it)
    for killed in backfill["killed"]:
        tries = api.tries("vndx_pipeline", killed["dag_run_id"], killed["task_id"], killed["map_index"])
        by_try = {t["try_number"]: t for t in tries}
        first = by_try[killed["try_number"]]
        if first["state"] != "success":
            cut.append((first, by_try[max(by_try)], tries))
    assert cut, f"every task seen running on {WORKERS[0]} ended before the kill: {backfill['killed']}"
    for first, last, tries in cut:
        assert first["hostname"] == WORKERS[0], tries
        assert last["try_number"] > first["try_number"], tries
        assert last["state"] == "success" and last["hostname"] == WORKERS[1], tries


def test_the_backfill_duplicates_no_row(backfill, cluster):
    from vndx.warehouse.db import connect

    before, after = backfill["before"], backfill["after"]
    assert {t: after[t] for t in IDEMPOTENT_TABLES} == {t: before[t] for t in IDEMPOTENT_TABLES}
    assert after["raw.fetch_log"] > before["raw.fetch_log"], "the backfill fetched nothing"
    with connect(cluster["warehouse_url"]) as conn:
        duplicated = conn.execute(
            """select doc_id, indicator_code, province_slug, period_year, value, char_start, count(*)
               from raw.facts group by 1, 2, 3, 4, 5, 6 having count(*) > 1""").fetchall()
        batches = {r[0] for r in conn.execute("select distinct batch_id from raw.fetch_log")}
    assert duplicated == []
    for day in backfill["days"]:
        assert any(b.endswith(day) for b in batches), (day, sorted(batches))
    print(json.dumps({"tables_before": before, "tables_after": after}, indent=1))



def test_the_backfill_publishes_at_most_once_per_day(backfill, api):
    """A backfill of N days emits the validated-facts asset at most N times: once per run, from
    publish_validated_facts, also for the day whose task was retried on the other worker."""
    runs = {r["dag_run_id"] for r in backfill["runs"]}
    events = [e for e in api.asset_events("vndx_pipeline") if e["source_run_id"] in runs]
    assert {e["source_task_id"] for e in events} <= {"publish_validated_facts", "publish_despite_failures"}, events
    per_run = {run: sum(e["source_run_id"] == run for e in events) for run in runs}
    assert all(n <= 1 for n in per_run.values()), per_run
