"""The marts DAG (vndx_transform): one `dbt build` watched per model (Cosmos watcher mode).

The shape is checked on the rendered DAG; the behaviour for real with `airflow dags test` on a copy
of the dbt project with one model broken: that model's task fails, a model beside it succeeds, one
after it never runs, and the run fails."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.dbt.sample_raw import insert_sample
from vndx import config
from vndx.pipeline.marts import PRODUCER_TASK_ID
from vndx.pipeline.runner import airflow_env
from vndx.transform import run_dbt

REPO = Path(__file__).resolve().parents[2]


def _airflow_json(env: dict[str, str], *args: str):
    """An `airflow ... -o json` answer (the CLI logs to stdout too: the JSON is the last line)."""
    out = subprocess.run(["airflow", *args, "-o", "json"], env=env, capture_output=True, text=True, check=True,
                         cwd=REPO).stdout
    return json.loads([line for line in out.splitlines() if line.startswith("[")][-1])


def _dagbag(airflow_home: Path):
    os.environ.setdefault("AIRFLOW_HOME", str(airflow_home))
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    os.environ["AIRFLOW__COSMOS__ENABLE_TELEMETRY"] = "False"
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(REPO / "dags"))


def test_one_build_watched_by_a_task_per_model_and_per_model_tests(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("VNDX_DBT_THREADS", "3")
    run_dbt("parse")  # Cosmos renders the DAG from target/manifest.json
    dag = _dagbag(tmp_path / "airflow").dags["vndx_transform"]
    producer = dag.get_task(PRODUCER_TASK_ID)
    assert type(producer).__name__ == "DbtProducerWatcherOperator"
    assert producer.profile_config.profile_mapping.profile_args["threads"] == 3
    ids = set(dag.task_ids)
    for model in ("stg_raw__facts", "int_indicator_values_consolidated", "fct_indicator_value", "rpt_dti_ranking"):
        # `<model>.run` in the model's group when it has tests (`<model>.test`), else `<model>_run`
        assert {f"{model}.run", f"{model}_run"} & ids, sorted(ids)
    assert "fct_indicator_value.test" in ids
    watchers = [task for task in dag.tasks if task is not producer]
    assert all(type(task).__name__.endswith(("WatcherOperator", "WatcherSensor")) for task in watchers)
    # every watcher comes after the build (`dags test` runs one task at a time) ...
    assert all(producer.task_id in task.get_flat_relative_ids(upstream=True) for task in watchers)
    # ... and the first ones run even when the build failed, to report their own node's result
    assert {dag.get_task(t).trigger_rule for t in producer.downstream_task_ids} == {"all_done"}
    assert all(task.retries >= 1 for task in dag.tasks)


@pytest.mark.e2e
def test_a_broken_model_fails_its_own_task(fresh_db: str, tmp_path: Path, monkeypatch) -> None:
    project = tmp_path / "dbt_project"
    shutil.copytree(config.dbt_project_dir(), project, ignore=shutil.ignore_patterns("target", "logs"))
    (project / "models" / "marts" / "core" / "dim_period.sql").write_text(
        "select cast('not a year' as integer) as period_year\n"
    )
    monkeypatch.setenv("VNDX_DBT_PROJECT_DIR", str(project))
    run_dbt("parse", url=fresh_db)
    insert_sample(fresh_db)
    env = airflow_env(fresh_db)
    env.update({
        "AIRFLOW_HOME": str(tmp_path / "airflow"),
        "VNDX_DBT_PROJECT_DIR": str(project),
        "VNDX_RETRY_DELAY_SECONDS": "1",
    })
    subprocess.run(["airflow", "db", "migrate"], env=env, check=True, capture_output=True, cwd=REPO)
    done = subprocess.run(
        ["airflow", "dags", "test", "vndx_transform", "2030-01-01T00:00:00+00:00"],
        env=env, capture_output=True, text=True, cwd=REPO, timeout=1200,
    )
    assert done.returncode != 0, done.stdout[-3000:]
    runs = _airflow_json(env, "dags", "list-runs", "vndx_transform")
    assert [run["state"] for run in runs] == ["failed"]
    states = {
        row["task_id"]: row["state"]
        for row in _airflow_json(env, "tasks", "states-for-dag-run", "vndx_transform", runs[0]["run_id"])
    }
    assert states["dim_period.run"] == "failed"
    assert states["rpt_dti_ranking.run"] == "upstream_failed"  # reads dim_period: never built
    assert states["dim_province.run"] == "success"  # not downstream of dim_period: built by the one build


def test_the_producer_pushes_only_the_dbt_events_a_watcher_reads() -> None:
    """vndx.pipeline.marts filters Cosmos's per-event XCom pushes (private Cosmos API: this fails
    when a Cosmos upgrade moves it). Node statuses, the XComs watchers decide on, are pushed apart."""
    from cosmos.operators._watcher import base

    import vndx.pipeline.marts  # noqa: F401  (installs the filter)

    pushed: list[str] = []

    class FakeTI:
        def xcom_push(self, key, value):
            pushed.append(key)

    def event(name: str, resource_type: str, unique_id: str) -> dict:
        return {"info": {"name": name},
                "data": {"node_info": {"unique_id": unique_id, "resource_type": resource_type,
                                       "node_status": "success"}}}

    assert getattr(base._process_dbt_log_event, "_vndx_filtered", False)
    for name in ("NodeStart", "NodeCompiling", "NodeExecuting"):
        base._process_dbt_log_event(FakeTI(), event(name, "model", "model.vndx.dim_period"))
    base._process_dbt_log_event(FakeTI(), event("NodeFinished", "test", "test.vndx.not_null_x"))
    assert pushed == []
    base._process_dbt_log_event(FakeTI(), event("NodeFinished", "model", "model.vndx.dim_period"))
    assert pushed == ["model__vndx__dim_period_dbt_event"]
