"""The marts stage: how the vndx_transform DAG runs the dbt project through Cosmos.

One `dbt build` with dbt's own threads (Cosmos `ExecutionMode.WATCHER`): the producer task
`dbt_producer_watcher` runs the build once; every model and its tests keep a task of their own
(`<model>.run`, `<model>.test`) that reads the producer's per-node result and fails when its
node fails. One dbt process for the whole project instead of one per model (`ExecutionMode.LOCAL`
started 44 processes, 6-7x the cost of a plain `dbt build`: bench/transform.py).

When the watchers start (`watch_the_build`): under a scheduler with a triggerer, all of them
with the build (trigger rule always): the scheduler defers each straight to the triggerer when
the run starts, where it waits for the producer to finish and then reads its node's result, with
no worker process when the node succeeded (vndx/pipeline/marts_trigger.py). `airflow dags test`
(one task at a time) and a deployment without a triggerer (VNDX_DBT_WATCH_IN_TRIGGERER=0, the
watchers then run on workers as any sensor) start them all after the build instead, behind a gate
task. Either way the edges between models stay, for the graph view and for retries (below). What
a failure does: dbt itself skips what depends on a failed model or a failed test; Cosmos reports
those skipped nodes as failed, so the model's task fails and so does every task after it (state
failed, not upstream_failed: they all start together), and the DAG run fails.

Retries (Cosmos >= 1.14.1): a retried producer does not run `dbt build` again (it is skipped and
restores the first attempt's results); a retried model or test task runs dbt for its own node
only, and only once the producer has finished, so no transformation runs twice at once within
a DAG run; `max_active_runs=1` keeps two DAG runs apart. (Read in Cosmos 1.15.1's source:
watcher.py DbtProducerWatcherOperator.execute, _watcher/base.py _handle_retry and
_handle_no_dbt_node_status: every fallback run waits for the producer to be finished.) Since the
watchers no longer wait for each other, such a rebuild also waits for the node's upstream model
and test tasks (`_rebuild_after_upstream_only`): it runs when they all succeeded, fails for good
when one of them failed, and tries again at the next retry while one is still running.

Cost (bench/transform.py, README "The marts DAG's cost"): the producer's dbt was slowed by
Cosmos's work in dbt's threads: an XCom push per dbt event (filtered below), every debug event
turned into JSON (dropped below), each remaining push a round trip the thread waited for (sent
from a background thread: vndx/pipeline/marts_pushes.py); a watcher on a worker is a task process
that parses this DAG again; one in the triggerer costs a few XCom reads.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from airflow.configuration import conf
from airflow.sdk.exceptions import AirflowException, AirflowFailException
from airflow.task.trigger_rule import TriggerRule
from airflow.triggers.base import StartTriggerArgs
from cosmos import ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos import settings as cosmos_settings
from cosmos.constants import ExecutionMode, LoadMode, TestBehavior, TestIndirectSelection
from cosmos.operators._watcher import base as _watcher_base
from cosmos.profiles import PostgresUserPasswordProfileMapping

from vndx import config
from vndx.pipeline import marts_pushes, marts_trigger

PROFILE_NAME = "vndx"
TARGET_NAME = "airflow"
WAREHOUSE_CONN_ID = "vndx_warehouse"
# How often a watching task looks for its node's result (seconds). The producer posts results as
# dbt finishes each node; a short interval keeps a one-minute build from waiting on its watchers.
WATCH_INTERVAL_S = 1
WATCH_TIMEOUT_S = 300
PRODUCER_TASK_ID = "dbt_producer_watcher"
# The gate between the build and its watchers: done whatever the producer's end (success,
# failed, or skipped: a retried or cleared producer does not build again, its watchers rebuild).
BUILD_DONE_TASK_ID = "dbt_build_done"
# A watcher in the triggerer that waits for upstream tasks (their retries: 2, from 120 s, doubling)
# gives up after this; no triggerer running at all also shows as this timeout.
TRIGGER_TIMEOUT_S = 3600


def _backup_results_on_failure_only() -> None:
    """The producer keeps dbt's per-node results for its retry in an Airflow Variable. By default
    Cosmos rewrites that Variable, compressed, at every result (quadratic in the nodes: ~500 writes
    for this project); with this off it is written once, by the producer's failure callback, which
    is when a retry needs it. An explicit [cosmos] enable_watcher_reliable_retry wins."""
    if not conf.has_option("cosmos", "enable_watcher_reliable_retry"):
        cosmos_settings.enable_watcher_reliable_retry = False


_backup_results_on_failure_only()

# dbt events whose only use is a live progress line in a watching task: the watchers here start
# after the build (watch_after_the_build), when each node's later NodeFinished has overwritten them.
_NODE_PROGRESS_EVENTS = frozenset({"NodeStart", "NodeCompiling", "NodeExecuting"})
# A test's own event is read by nobody: a model's test task reads the aggregated test status
# (pushed separately) and logs the model's event.
_AGGREGATED_RESOURCES = frozenset({"test", "unit_test"})


def _push_finished_node_events_only() -> None:
    """Cosmos pushes an XCom for every NodeStart/NodeCompiling/NodeExecuting/NodeFinished event of
    every node (4 x 163 here), from dbt's worker threads, one at a time under one lock: profiled
    (py-spy, bench/transform.py's dags test), dbt's 4 threads spent two thirds of their time on
    those pushes. Only the finished (and error) events reach a watcher; the node statuses the
    watchers decide on are separate XComs, untouched. Private Cosmos API (pinned version):
    tests/dbt/test_transform_dag.py fails if it moves."""
    original = _watcher_base._process_dbt_log_event
    if getattr(original, "_vndx_filtered", False):
        return

    def process_finished_events_only(task_instance: Any, dbt_log: dict[str, Any]) -> None:
        if (dbt_log.get("info") or {}).get("name") in _NODE_PROGRESS_EVENTS:
            return None
        node = (dbt_log.get("data") or {}).get("node_info") or {}
        if node.get("resource_type") in _AGGREGATED_RESOURCES:
            return None
        return original(task_instance, dbt_log)

    process_finished_events_only._vndx_filtered = True  # type: ignore[attr-defined]
    _watcher_base._process_dbt_log_event = process_finished_events_only


_push_finished_node_events_only()


def _skip_debug_events_before_json() -> None:
    """The producer's dbt callback turns EVERY dbt event into JSON (protobuf MessageToJson, then
    json.loads) in dbt's threads, holding the GIL: dbt emits a dozen debug events per node (its
    SQL, timings, connections) that nobody reads (debug lines are not logged at INFO). Debug
    events other than the ones Cosmos decides on (a node's NodeFinished, errors, dbt's skips
    after a failure) are dropped before that conversion. Private Cosmos API (pinned version):
    tests/dbt/test_transform_dag.py fails if it moves."""
    from cosmos.dbt import runner as cosmos_runner  # noqa: PLC0415
    from cosmos.operators._watcher.state import DBT_UPSTREAM_FAILURE_SKIP_EVENT_NAMES  # noqa: PLC0415

    original = cosmos_runner.get_runner
    if getattr(original, "_vndx_filtered", False):
        return
    read_when_debug = (set(_watcher_base._DBT_EVENT_ALLOWLIST) | set(DBT_UPSTREAM_FAILURE_SKIP_EVENT_NAMES)
                       | {"MainReportVersion", "AdapterRegistered"}) - _NODE_PROGRESS_EVENTS

    def wanted(event: Any) -> bool:
        info = event.info
        return info.level != "debug" or info.name in read_when_debug

    def filtered(callback: Any) -> Any:
        def callback_on_read_events(event: Any) -> None:
            if wanted(event):
                callback(event)
        return callback_on_read_events

    def get_runner(callbacks: list | None = None) -> Any:
        return original(callbacks=[filtered(cb) for cb in callbacks] if callbacks else callbacks)

    get_runner._vndx_filtered = True  # type: ignore[attr-defined]
    get_runner._vndx_wrap = filtered  # type: ignore[attr-defined]  (for the test)
    cosmos_runner.get_runner = get_runner


_skip_debug_events_before_json()
marts_pushes.install()  # the producer's XCom pushes off dbt's threads

def _rebuild_after_upstream_only() -> None:
    """A watcher's rebuild (Cosmos runs dbt for its node alone on a retry, a manual clear, or when
    the producer failed before reporting it) waits for the node's upstream model and test tasks.

    The watchers start together after the build, not each after its parents: without this, the
    retry of a model dbt skipped (because its parent failed) could rebuild it on the parent's
    stale table while the parent's own retry runs. Here the rebuild runs only once every upstream
    watcher succeeded; it fails for good (no more retries) when one of them failed, and fails
    this try (the next retry asks again) while one has not finished. The producer is not an
    upstream here: Cosmos already waits for it. Private Cosmos API (pinned version):
    tests/dbt/test_transform_dag.py fails if it moves."""
    from cosmos.operators.watcher import DbtTestWatcherOperator  # noqa: PLC0415  (its own: `dbt test`)

    for cls in (_watcher_base.BaseConsumerSensor, DbtTestWatcherOperator):
        if "_fallback_to_non_watcher_run" in vars(cls) and not getattr(
                cls._fallback_to_non_watcher_run, "_vndx_guarded", False):
            cls._fallback_to_non_watcher_run = _after_upstream(cls._fallback_to_non_watcher_run)


def _after_upstream(original: Any) -> Any:
    def rebuild_after_upstream(self: Any, try_number: int, context: Any) -> bool:
        upstream = sorted(set(self.upstream_task_ids) - {self.producer_task_id, BUILD_DONE_TASK_ID})
        if upstream:
            from airflow.sdk.execution_time.task_runner import RuntimeTaskInstance  # noqa: PLC0415

            ti = context["ti"]
            states = RuntimeTaskInstance.get_task_states(
                dag_id=ti.dag_id, task_ids=upstream, run_ids=[ti.run_id]
            ).get(ti.run_id, {})
            states = {task_id: str(states.get(task_id)) for task_id in upstream}
            failed = {t: s for t, s in states.items() if s in marts_trigger.FINISHED and s != "success"}
            if failed:
                raise AirflowFailException(f"not rebuilt: upstream task(s) did not succeed: {failed}")
            waiting = {t: s for t, s in states.items() if s not in marts_trigger.FINISHED}
            if waiting:
                raise AirflowException(f"not rebuilt yet: upstream task(s) not finished: {waiting}; "
                                       "the next retry asks again")
        return original(self, try_number, context)

    rebuild_after_upstream._vndx_guarded = True  # type: ignore[attr-defined]
    return rebuild_after_upstream


_rebuild_after_upstream_only()


def cosmos_configs() -> dict[str, Any]:
    """Keyword arguments of the Cosmos DbtDag for the dbt project (read at DAG parse time)."""
    settings = config.settings()
    project = settings.dbt_project_dir
    watcher = settings.dbt_execution_mode == "watcher"
    return {
        "project_config": ProjectConfig(
            dbt_project_path=project,
            # Rendered from the manifest: nothing runs `dbt ls` at parse time (`dbt parse` writes it).
            manifest_path=project / "target" / "manifest.json",
            install_dbt_deps=False,
        ),
        "profile_config": ProfileConfig(
            profile_name=PROFILE_NAME,
            target_name=TARGET_NAME,
            # Credentials come from the Airflow connection at run time (never serialised into the DAG).
            profile_mapping=PostgresUserPasswordProfileMapping(
                conn_id=WAREHOUSE_CONN_ID,
                profile_args={"schema": "marts", "threads": settings.dbt_threads},
            ),
        ),
        "execution_config": ExecutionConfig(
            execution_mode=ExecutionMode.WATCHER if watcher else ExecutionMode.LOCAL,
            dbt_executable_path=settings.dbt_bin,
            # local: a model's task runs only the tests whose every parent it has built ...
            test_indirect_selection=TestIndirectSelection.EAGER if watcher else TestIndirectSelection.CAUTIOUS,
        ),
        "render_config": RenderConfig(
            load_method=LoadMode.DBT_MANIFEST,
            # watcher: each model's tests get a watching task of their own (a failing test fails it);
            # local: one `dbt build` per model, its tests included
            test_behavior=TestBehavior.AFTER_EACH if watcher else TestBehavior.BUILD,
            should_detach_multiple_parents_tests=not watcher,  # local: ... the others after all parents
            emit_datasets=False,
        ),
        "operator_args": {} if not watcher else {
            "poke_interval": WATCH_INTERVAL_S,
            # On a worker (a retry, a failure, or no triggerer), watch by poking: the watchers only
            # start once the build is over, so the first poke finds the result.
            "deferrable": False,
            # A watcher starts after the build; if its node's result never shows, it fails after this
            # and its retry builds the node alone (the producer being finished by then).
            "timeout": WATCH_TIMEOUT_S,
        },
    }


def watch_the_build(dag: Any) -> None:
    """Start the watchers together: with the build (under a scheduler with a triggerer), or as
    soon as it is done (`airflow dags test`, or no triggerer).

    Cosmos starts the watchers of root models with the producer (trigger rule "always") and the
    others after their parents: under a scheduler the chain costs one round trip and one task
    start per level (12 here).

    With the build (`VNDX_DBT_WATCH_DURING_BUILD`, default on, with a triggerer): every watcher has
    trigger rule always, so the scheduler defers all of them to the triggerer when the run starts;
    each ends as soon as the producer reports its node (marts_trigger `wait_for_producer`), most of
    them while dbt still runs. Measured (bench/transform.py): the gate, the deferral and the
    triggers' start-up no longer follow the build.

    After the build (`airflow dags test` runs one task at a time, so a watcher started before the
    producer would wait forever: vndx.pipeline.runner turns the above off; and a deployment without
    a triggerer): a gate, `dbt_build_done` (an empty task, trigger rule all_done: the scheduler
    marks it without running anything), follows the producer whatever its end, and every watcher
    has the gate as a parent with trigger rule one_done.

    Either way the edges between models stay (the graph view; the triggerer orders rebuilds by them).
    """
    if PRODUCER_TASK_ID not in dag.task_dict:  # VNDX_DBT_EXECUTION_MODE=local: no producer
        return
    producer = dag.get_task(PRODUCER_TASK_ID)
    watchers = [task for task in dag.tasks if task is not producer]
    # A retried producer never builds again (Cosmos skips it and restores the first try's results
    # for the watchers): its retry would only delay every watcher by the retry delay after a failed
    # build. Without it the failed producer keeps its results, and the watchers rebuild what it
    # did not build (each after its upstream tasks).
    producer.retries = 0
    settings = config.settings()
    if settings.dbt_watch_in_triggerer and settings.dbt_watch_during_build:
        for task in watchers:
            task.trigger_rule = TriggerRule.ALWAYS
            _start_in_triggerer(task, during_build=True)
        return
    from airflow.providers.standard.operators.empty import EmptyOperator  # noqa: PLC0415

    gate = EmptyOperator(task_id=BUILD_DONE_TASK_ID, dag=dag, trigger_rule=TriggerRule.ALL_DONE,
                         doc_md="The dbt build is over (success, failed or skipped); its watchers start.")
    producer >> gate
    for task in watchers:
        task.upstream_task_ids.discard(PRODUCER_TASK_ID)
        producer.downstream_task_ids.discard(task.task_id)
        gate >> task
        task.trigger_rule = TriggerRule.ONE_DONE
        if settings.dbt_watch_in_triggerer:
            _start_in_triggerer(task, during_build=False)


def _start_in_triggerer(task: Any, during_build: bool) -> None:
    """The scheduler defers the watcher straight to marts_trigger.BuiltNodeTrigger; when it does not
    end there, it resumes on a worker in `execute` (Cosmos's sensor: it polls, fails, rebuilds)."""
    task.start_from_trigger = True
    task.start_trigger_args = StartTriggerArgs(
        trigger_cls=marts_trigger.CLASSPATH,
        trigger_kwargs={
            "node_id": task.model_unique_id,
            "producer_task_id": task.producer_task_id,
            "is_test_sensor": bool(task.is_test_sensor),
            "upstream_task_ids": sorted(set(task.upstream_task_ids) - {BUILD_DONE_TASK_ID, PRODUCER_TASK_ID}),
            # during the build: how soon after it the last nodes' watchers end (the producer's
            # state, one read per run for all triggers); after it: how often a retry looks upstream
            "poll_interval": 1.0 if during_build else 2.0,
            "wait_for_producer": during_build,
        },
        next_method="execute",  # Cosmos's execute(context, **kwargs) takes the event and ignores it
        next_kwargs=None,
        timeout=timedelta(seconds=TRIGGER_TIMEOUT_S),
    )
