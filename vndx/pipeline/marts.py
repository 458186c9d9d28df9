"""The marts stage: how the vndx_transform DAG runs the dbt project through Cosmos.

One `dbt build` with dbt's own threads (Cosmos `ExecutionMode.WATCHER`): the producer task
`dbt_producer_watcher` runs the build once; every model and its tests keep a task of their own
(`<model>.run`, `<model>.test`) that watches the producer's per-node results and fails when its
node fails. One dbt process for the whole project instead of one per model (`ExecutionMode.LOCAL`
started 44 processes, 6-7x the cost of a plain `dbt build`: bench/transform.py).

Retries (Cosmos >= 1.14.1): a retried producer does not run `dbt build` again (it is skipped and
restores the first attempt's results); a retried model or test task runs dbt for its own node
only, and only once the producer has finished, so no transformation runs twice at once within
a DAG run; `max_active_runs=1` keeps two DAG runs apart. (Read in Cosmos 1.15.1's source:
watcher.py DbtProducerWatcherOperator.execute, _watcher/base.py _handle_retry and
_handle_no_dbt_node_status: every fallback run waits for the producer to be finished.)

Cost (bench/transform.py, README "The marts DAG's cost"): the producer's dbt is slowed by
Cosmos's XCom pushes from dbt's threads (filtered below); each watcher is a task process that
parses this DAG again; the watchers follow the models' dependency chain (9 levels here), one
scheduler round trip per level.
"""

from __future__ import annotations

from typing import Any

from airflow.configuration import conf
from airflow.task.trigger_rule import TriggerRule
from cosmos import ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos import settings as cosmos_settings
from cosmos.constants import ExecutionMode, LoadMode, TestBehavior, TestIndirectSelection
from cosmos.operators._watcher import base as _watcher_base
from cosmos.profiles import PostgresUserPasswordProfileMapping

from vndx import config

PROFILE_NAME = "vndx"
TARGET_NAME = "airflow"
WAREHOUSE_CONN_ID = "vndx_warehouse"
# How often a watching task looks for its node's result (seconds). The producer posts results as
# dbt finishes each node; a short interval keeps a one-minute build from waiting on its watchers.
WATCH_INTERVAL_S = 1
WATCH_TIMEOUT_S = 300
PRODUCER_TASK_ID = "dbt_producer_watcher"


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
            # Watch by poking: no triggerer needed, and the watchers only start once the build is over.
            "deferrable": False,
            # A watcher starts after the build; if its node's result never shows, it fails after this
            # and its retry builds the node alone (the producer being finished by then).
            "timeout": WATCH_TIMEOUT_S,
        },
    }


def watch_after_the_build(dag: Any) -> None:
    """Start every watcher after the producer has finished.

    Cosmos starts the watchers of root models with the producer (trigger_rule "always") so that,
    under a scheduler, they watch while dbt runs, and misses models whose only parents are
    sources (no upstream task at all). `airflow dags test` (`make run`) runs one task at a time:
    a watcher run before the producer would wait forever. Here each task without a parent gets
    the producer as parent with trigger_rule "all_done": the order holds, and a failed producer's
    results still reach its watchers (a failed model fails its own task, not every task).
    """
    if PRODUCER_TASK_ID not in dag.task_dict:  # VNDX_DBT_EXECUTION_MODE=local: no producer
        return
    producer = dag.get_task(PRODUCER_TASK_ID)
    for task in dag.tasks:
        if task is not producer and not task.upstream_task_ids:
            producer >> task
    for task_id in producer.downstream_task_ids:
        dag.get_task(task_id).trigger_rule = TriggerRule.ALL_DONE
