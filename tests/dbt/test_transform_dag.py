"""The marts DAG (vndx_transform): one `dbt build` watched per model (Cosmos watcher mode).

The shape is checked on the rendered DAG and on what the scheduler reads (the serialized DAG);
the trigger that ends a watcher in the triggerer on its decisions; the behaviour for real with
`airflow dags test` on a copy of the dbt project with one model broken: that model's task fails,
a model beside it succeeds, one after it fails without being built, and the run fails."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.dbt.sample_raw import insert_sample
from vndx import config
from vndx.pipeline import marts_trigger
from vndx.pipeline.marts import BUILD_DONE_TASK_ID, PRODUCER_TASK_ID
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
    # every watcher starts with the build (deferred at once, ending as the build reports its node),
    # and the edges between models stay
    assert BUILD_DONE_TASK_ID not in ids
    assert {task.trigger_rule for task in watchers} == {"always"}
    assert "int_indicator_values_consolidated_run" in dag.get_task("fct_indicator_value.run").upstream_task_ids
    assert "fct_indicator_value.run" in dag.get_task("fct_indicator_value.test").upstream_task_ids
    assert all(task.retries >= 1 for task in watchers) and producer.retries == 0
    # ... and the scheduler defers each straight to the triggerer (what it reads: the serialized DAG)
    from airflow.serialization.serialized_objects import BaseSerialization, DagSerialization

    served = DagSerialization.from_dict(DagSerialization.to_dict(dag))
    kwargs = {}
    for task_id in ("fct_indicator_value.run", "fct_indicator_value.test", "provinces.seed"):
        task = served.get_task(task_id)
        assert task.start_from_trigger is True
        assert task.start_trigger_args.trigger_cls == marts_trigger.CLASSPATH
        assert task.start_trigger_args.next_method == "execute"
        kwargs[task_id] = BaseSerialization.deserialize(task.start_trigger_args.trigger_kwargs)
        assert kwargs[task_id]["node_id"].endswith(task_id.split(".")[0])
    assert kwargs["fct_indicator_value.test"]["is_test_sensor"] is True
    assert kwargs["fct_indicator_value.test"]["upstream_task_ids"] == ["fct_indicator_value.run"]
    assert {k["wait_for_producer"] for k in kwargs.values()} == {True}
    assert PRODUCER_TASK_ID not in kwargs["provinces.seed"]["upstream_task_ids"]
    assert not served.get_task(PRODUCER_TASK_ID).start_from_trigger


def test_one_task_at_a_time_the_watchers_start_after_the_build(tmp_path, monkeypatch) -> None:
    """`airflow dags test` (vndx.pipeline.runner's environment) runs one task at a time: a watcher
    run before the producer would wait forever, so they all follow a gate after the build."""
    monkeypatch.setenv("VNDX_DBT_WATCH_DURING_BUILD", airflow_env("postgresql://unused/x")["VNDX_DBT_WATCH_DURING_BUILD"])
    run_dbt("parse")
    dag = _dagbag(tmp_path / "airflow").dags["vndx_transform"]
    producer, gate = dag.get_task(PRODUCER_TASK_ID), dag.get_task(BUILD_DONE_TASK_ID)
    watchers = [task for task in dag.tasks if task not in (producer, gate)]
    # the gate: whatever the producer's end, also a failed or skipped build
    assert producer.downstream_task_ids == {BUILD_DONE_TASK_ID} and gate.trigger_rule == "all_done"
    assert all(BUILD_DONE_TASK_ID in task.upstream_task_ids for task in watchers)
    assert {task.trigger_rule for task in watchers} == {"one_done"}
    assert all(task.start_from_trigger for task in watchers)
    assert not any(task.start_trigger_args.trigger_kwargs["wait_for_producer"] for task in watchers)


def test_without_a_triggerer_the_watchers_run_on_workers(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("VNDX_DBT_WATCH_IN_TRIGGERER", "0")
    run_dbt("parse")
    dag = _dagbag(tmp_path / "airflow").dags["vndx_transform"]
    watchers = [task for task in dag.tasks if task.task_id not in (PRODUCER_TASK_ID, BUILD_DONE_TASK_ID)]
    assert watchers and not any(task.start_from_trigger for task in watchers)
    assert {task.trigger_rule for task in watchers} == {"one_done"}


class _TI:
    dag_id, run_id, map_index, task_id = "vndx_transform", "manual__1", -1, "dim_period.run"

    def __init__(self, try_number: int) -> None:
        self.try_number = try_number


def _events(trigger: marts_trigger.BuiltNodeTrigger, xcoms: dict, monkeypatch,
            upstream: list[dict] | None = None) -> tuple[list, list]:
    """The events the trigger yields with the producer's XComs `xcoms` and the upstream tasks'
    states at each poll (`upstream`), and what it read."""
    from airflow.sdk.execution_time import task_runner, xcom

    read: list[str] = []
    polls = list(upstream or [])

    async def aget_one(*, key, dag_id, task_id, run_id, map_index):
        assert (dag_id, task_id, run_id, map_index) == ("vndx_transform", PRODUCER_TASK_ID, "manual__1", -1)
        read.append(key)
        return xcoms.get(key)

    def get_task_states(dag_id, task_ids, run_ids):
        read.append("states")
        return {run_ids[0]: polls.pop(0) if len(polls) > 1 else polls[0]}

    monkeypatch.setattr(xcom.XCom, "aget_one", aget_one)
    monkeypatch.setattr(task_runner.RuntimeTaskInstance, "get_task_states", staticmethod(get_task_states))

    async def collect() -> list:
        return [event async for event in trigger.run()]

    return asyncio.run(collect()), read


def test_the_trigger_ends_a_built_node_and_hands_anything_else_to_a_worker(monkeypatch) -> None:
    from airflow.triggers.base import TaskSuccessEvent

    model = "model.vndx.dim_period"
    status_key, tests_key = "model__vndx__dim_period_status", "model__vndx__dim_period_tests_status"

    def trigger(try_number: int = 1, tests: bool = False, upstream=()) -> marts_trigger.BuiltNodeTrigger:
        made = marts_trigger.BuiltNodeTrigger(node_id=model, producer_task_id=PRODUCER_TASK_ID, is_test_sensor=tests,
                                              upstream_task_ids=list(upstream), poll_interval=0)
        made.task_instance = _TI(try_number)
        return made

    events, read = _events(trigger(upstream=["a.run"]), {status_key: {"status": "success"}}, monkeypatch)
    assert [type(e) for e in events] == [TaskSuccessEvent] and "states" not in read
    events, _ = _events(trigger(tests=True), {tests_key: "pass"}, monkeypatch)
    assert [type(e) for e in events] == [TaskSuccessEvent]
    # a failed node, failed tests, no result: the task goes on on a worker (Cosmos decides) ...
    for xcoms, tests in (({status_key: {"status": "failed"}}, False), ({tests_key: "fail"}, True), ({}, False)):
        events, _ = _events(trigger(tests=tests), xcoms, monkeypatch)
        assert len(events) == 1 and not isinstance(events[0], TaskSuccessEvent), (xcoms, events)
    # ... once its upstream tasks are finished (here: after a retry of one of them)
    waits = [{"a.run": "up_for_retry", "a.test": "success"}, {"a.run": "running", "a.test": "success"},
             {"a.run": "failed", "a.test": "success"}]
    events, read = _events(trigger(upstream=["a.run", "a.test"]), {status_key: {"status": "failed"}}, monkeypatch,
                           upstream=waits)
    assert len(events) == 1 and not isinstance(events[0], TaskSuccessEvent) and read.count("states") == 3
    # a retry or a manual clear rebuilds on a worker, even after a successful build
    events, read = _events(trigger(try_number=2, upstream=["a.run"]), {status_key: {"status": "success"}},
                           monkeypatch, upstream=[{"a.run": "success"}])
    assert len(events) == 1 and not isinstance(events[0], TaskSuccessEvent) and read == ["states"]
    assert trigger().serialize() == (marts_trigger.CLASSPATH, {
        "node_id": model, "producer_task_id": PRODUCER_TASK_ID, "is_test_sensor": False,
        "upstream_task_ids": [], "poll_interval": 0, "wait_for_producer": False})


def test_started_with_the_build_a_trigger_waits_for_the_producer_end(monkeypatch) -> None:
    from airflow.sdk.execution_time import task_runner, xcom
    from airflow.triggers.base import TaskSuccessEvent

    status_key = "model__vndx__dim_period_status"

    def run(xcom_reads: list, producer_states: list) -> tuple[list, list]:
        read: list[str] = []

        async def aget_one(*, key, dag_id, task_id, run_id, map_index):
            read.append(key)
            return xcom_reads.pop(0) if len(xcom_reads) > 1 else xcom_reads[0]

        def get_task_states(dag_id, task_ids, run_ids):
            read.append("states:" + ",".join(task_ids))
            state = producer_states.pop(0) if len(producer_states) > 1 else producer_states[0]
            return {run_ids[0]: dict.fromkeys(task_ids, state)}

        monkeypatch.setattr(xcom.XCom, "aget_one", aget_one)
        monkeypatch.setattr(task_runner.RuntimeTaskInstance, "get_task_states", staticmethod(get_task_states))
        made = marts_trigger.BuiltNodeTrigger(node_id="model.vndx.dim_period", producer_task_id=PRODUCER_TASK_ID,
                                              upstream_task_ids=[], poll_interval=0, wait_for_producer=True)
        made.task_instance = _TI(1)

        async def collect() -> list:
            return [event async for event in made.run()]

        return asyncio.run(collect()), read

    # while dbt runs only the producer's state is read; then the node's result, as after the build
    events, read = run([{"status": "success"}, {"msg": "OK"}], ["running", "running", "success"])
    assert [type(e) for e in events] == [TaskSuccessEvent]
    assert read[:3] == [f"states:{PRODUCER_TASK_ID}"] * 3 and read.count(status_key) == 1
    # the build ended without the node (dbt skipped it): on to a worker
    events, read = run([None], ["running", "failed"])
    assert len(events) == 1 and not isinstance(events[0], TaskSuccessEvent)
    assert read == [f"states:{PRODUCER_TASK_ID}"] * 2 + [status_key]


def test_a_rebuild_waits_for_the_upstream_watchers(monkeypatch) -> None:
    """vndx.pipeline.marts wraps Cosmos's fallback run (private Cosmos API: this fails when it moves)."""
    from airflow.sdk.exceptions import AirflowException, AirflowFailException
    from airflow.sdk.execution_time import task_runner
    from cosmos.operators._watcher.base import BaseConsumerSensor
    from cosmos.operators.watcher import DbtRunWatcherOperator, DbtTestWatcherOperator

    import vndx.pipeline.marts  # noqa: F401  (installs the guard)

    for cls in (BaseConsumerSensor, DbtRunWatcherOperator, DbtTestWatcherOperator):  # a test's rebuild: `dbt test`
        assert getattr(cls._fallback_to_non_watcher_run, "_vndx_guarded", False), cls
    states: dict[str, str] = {}
    monkeypatch.setattr(task_runner.RuntimeTaskInstance, "get_task_states",
                        staticmethod(lambda dag_id, task_ids, run_ids: {run_ids[0]: dict(states)}))

    class Sensor:
        producer_task_id = PRODUCER_TASK_ID
        upstream_task_ids = {BUILD_DONE_TASK_ID, "dim_period.run", "dim_period.test"}

    context = {"ti": _TI(2)}
    states.update({"dim_period.run": "success", "dim_period.test": "up_for_retry"})
    with pytest.raises(AirflowException, match="not finished") as waiting:
        BaseConsumerSensor._fallback_to_non_watcher_run(Sensor(), 2, context)
    assert not isinstance(waiting.value, AirflowFailException)  # the next retry asks again
    states["dim_period.test"] = "failed"
    for cls in (BaseConsumerSensor, DbtTestWatcherOperator):
        with pytest.raises(AirflowFailException, match="did not succeed"):  # no retry: nothing to wait for
            cls._fallback_to_non_watcher_run(Sensor(), 2, context)


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
    # reads dim_period: dbt skipped it, its task fails (all watchers start together after the build)
    # and its retry does not rebuild it on a failed parent
    assert states["rpt_dti_ranking.run"] == "failed"
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


def test_the_producer_converts_only_the_dbt_events_cosmos_reads() -> None:
    """vndx.pipeline.marts drops dbt's debug events (SQL, timings) before Cosmos's callback turns
    each into JSON; a node's NodeFinished, errors and dbt's skips after a failure still reach it
    (private Cosmos API: this fails when a Cosmos upgrade moves it)."""
    from types import SimpleNamespace

    from cosmos.dbt import runner

    import vndx.pipeline.marts  # noqa: F401  (installs the filter)

    seen: list[str] = []

    def event(level: str, name: str):
        return SimpleNamespace(info=SimpleNamespace(level=level, name=name))

    assert getattr(runner.get_runner, "_vndx_filtered", False)
    callback = runner.get_runner._vndx_wrap(lambda e: seen.append(e.info.name))
    for level, name in (("debug", "SQLQuery"), ("debug", "NodeStart"), ("debug", "NodeFinished"),
                        ("info", "LogModelResult"), ("debug", "SkippingDetails"), ("error", "RunResultError"),
                        ("debug", "TimingInfoCollected"), ("info", "MainReportVersion")):
        callback(event(level, name))
    assert seen == ["NodeFinished", "LogModelResult", "SkippingDetails", "RunResultError", "MainReportVersion"]


def test_the_producer_pushes_off_dbt_threads_and_waits_for_them_before_it_ends() -> None:
    """vndx.pipeline.marts_pushes: while a producer executes, a node's push does not hold up
    dbt's thread; all of them are sent, in order, before the producer's execute returns; a failed
    push fails the producer; outside a producer, a push is sent at once."""
    import threading
    import time

    from cosmos.operators._watcher import aggregation, base
    from cosmos.operators.watcher import DbtProducerWatcherOperator

    from vndx.pipeline import marts_pushes

    assert marts_pushes.install() is marts_pushes.install()  # installed once, by vndx.pipeline.marts
    assert base.safe_xcom_push == aggregation.safe_xcom_push
    sent: list[str] = []
    release = threading.Event()

    def slow_push(task_instance, key, value):
        release.wait(5)
        sent.append(key)

    pushes = marts_pushes.BackgroundPushes(slow_push)
    pushes.start()
    started = time.perf_counter()
    for key in ("a_status", "b_status", "a_tests_status"):
        pushes.push(None, key, {})
    assert time.perf_counter() - started < 1 and sent == []  # dbt's thread went on
    release.set()
    pushes.drain()
    assert sent == ["a_status", "b_status", "a_tests_status"]
    pushes.push(None, "after", {})  # no producer running: sent at once
    assert sent[-1] == "after"

    def failing_push(task_instance, key, value):
        raise RuntimeError("API server gone")

    pushes = marts_pushes.BackgroundPushes(failing_push)
    pushes.start()
    pushes.push(None, "a_status", {})
    with pytest.raises(RuntimeError, match="gone"):
        pushes.drain()
    # the producer's execute drains before it returns
    assert getattr(DbtProducerWatcherOperator.execute, "_vndx_background_pushes", None) is not None
