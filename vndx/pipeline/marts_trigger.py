"""The trigger that finishes a marts watcher task in the triggerer, with no worker process.

A watcher task of vndx_transform (one per dbt model, seed and model's tests) only reads the
result the producer's `dbt build` left in XCom. Started on a worker, each one is a task process
that parses the DAG again (~0.5 s of CPU, 52 of them per run: most of what the DAG cost beyond
the build, bench/transform.py). Started in the triggerer instead (`start_from_trigger`, set by
vndx.pipeline.marts), the scheduler defers it straight away and this trigger reads the node's
status in the triggerer's event loop:
- success (first try): the task ends successfully there (TaskSuccessEvent), no worker involved;
- anything else (failed, skipped, no result, and every retry or manual clear): the trigger first
  waits, in the triggerer, until the node's upstream model and test tasks are finished (the
  watchers all start together, not after their parents), then the task goes on on a worker, where
  Cosmos's own sensor logic decides as before: it fails the task, or rebuilds the node alone with
  dbt (a retry, a clear, a failed or skipped producer), which vndx.pipeline.marts allows only
  once every upstream task succeeded.

Started with the producer (`wait_for_producer`, under a scheduler: vndx.pipeline.marts), a first
try waits in the triggerer for the producer to finish (its state: one read per DAG run every
`poll_interval`, shared by every trigger of the run), then reads its node's result as above: the
scheduler's deferral and the triggers' start-up happen while dbt runs, not after it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TaskSuccessEvent, TriggerEvent
from asgiref.sync import sync_to_async
from cosmos.operators._watcher.aggregation import get_tests_status_xcom_key
from cosmos.operators._watcher.state import (
    get_dbt_event_xcom_key,
    get_status_xcom_key,
    is_dbt_node_status_success,
)

CLASSPATH = "vndx.pipeline.marts_trigger.BuiltNodeTrigger"
# Task states after which a task does not run again in this DAG run (unless someone clears it).
FINISHED = frozenset({"success", "failed", "upstream_failed", "skipped", "removed"})
# (event loop, dag_id, run_id, producer task id) -> (monotonic time, the read in flight or done)
_producer_reads: dict[tuple, tuple[float, asyncio.Future]] = {}


async def _read_task_state(dag_id: str, run_id: str, task_id: str) -> str:
    from airflow.sdk.execution_time.task_runner import RuntimeTaskInstance  # noqa: PLC0415

    states = await sync_to_async(RuntimeTaskInstance.get_task_states, thread_sensitive=False)(
        dag_id=dag_id, task_ids=[task_id], run_ids=[run_id]
    )
    return str(states.get(run_id, {}).get(task_id))


async def shared_task_state(dag_id: str, run_id: str, task_id: str, max_age: float) -> str:
    """A task's state, read at most once per `max_age` seconds for all the triggers asking in this
    event loop (every watcher of a run asks for the same producer)."""
    loop = asyncio.get_running_loop()
    key = (id(loop), dag_id, run_id, task_id)
    now = time.monotonic()
    cached = _producer_reads.get(key)
    if (cached is None or now - cached[0] >= max_age or cached[1].get_loop() is not loop
            or (cached[1].done() and cached[1].exception())):
        for old in [k for k, (at, _) in _producer_reads.items() if now - at > 600]:
            del _producer_reads[old]  # runs long over
        cached = (now, asyncio.ensure_future(_read_task_state(dag_id, run_id, task_id)))
        _producer_reads[key] = cached
    return await asyncio.shield(cached[1])


class BuiltNodeTrigger(BaseTrigger):
    """Reads one dbt node's result (a model's or seed's status, or a model's aggregated tests)
    from the producer task's XComs of the same DAG run. The run and the try come from the task
    instance the triggerer attaches (start_from_trigger: the kwargs are fixed at parse time)."""

    def __init__(self, node_id: str, producer_task_id: str, is_test_sensor: bool = False,
                 upstream_task_ids: list[str] | None = None, poll_interval: float = 2.0,
                 wait_for_producer: bool = False) -> None:
        super().__init__()
        self.node_id = node_id
        self.producer_task_id = producer_task_id
        self.is_test_sensor = is_test_sensor
        self.upstream_task_ids = list(upstream_task_ids or [])
        self.poll_interval = poll_interval
        self.wait_for_producer = wait_for_producer

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return CLASSPATH, {
            "node_id": self.node_id,
            "producer_task_id": self.producer_task_id,
            "is_test_sensor": self.is_test_sensor,
            "upstream_task_ids": self.upstream_task_ids,
            "poll_interval": self.poll_interval,
            "wait_for_producer": self.wait_for_producer,
        }

    async def _upstream_states(self) -> dict[str, str]:
        from airflow.sdk.execution_time.task_runner import RuntimeTaskInstance  # noqa: PLC0415

        ti = self.task_instance
        states = await sync_to_async(RuntimeTaskInstance.get_task_states, thread_sensitive=False)(
            dag_id=ti.dag_id, task_ids=self.upstream_task_ids, run_ids=[ti.run_id]
        )
        got = states.get(ti.run_id, {})
        return {task_id: str(got.get(task_id)) for task_id in self.upstream_task_ids}

    async def _wait_for_upstream(self, what: str) -> None:
        """Until every upstream model and test task of this node is finished (their retries too)."""
        logged = None
        while self.upstream_task_ids:
            states = await self._upstream_states()
            waiting = {t: s for t, s in states.items() if s not in FINISHED}
            if not waiting:
                self.log.info("%s: upstream tasks finished: %s", what, states)
                return
            if waiting != logged:
                self.log.info("%s: waiting for upstream tasks %s", what, waiting)
                logged = waiting
            await asyncio.sleep(self.poll_interval)

    async def _producer_xcom(self, key: str) -> Any:
        # the async read: every trigger's request in flight at once (XCom.get_one through
        # sync_to_async, as Cosmos's WatcherTrigger does, queues them all on one thread)
        from airflow.sdk.execution_time.xcom import XCom  # noqa: PLC0415  (the triggerer's API client)

        ti = self.task_instance
        return await XCom.aget_one(
            key=key, dag_id=ti.dag_id, task_id=self.producer_task_id, run_id=ti.run_id, map_index=ti.map_index
        )

    async def _status(self) -> Any:
        if self.is_test_sensor:  # "pass" / "fail", pushed once every test of the model finished
            return await self._producer_xcom(get_tests_status_xcom_key(self.node_id))
        value = await self._producer_xcom(get_status_xcom_key(self.node_id))
        return value.get("status") if isinstance(value, dict) else value

    async def _status_once_built(self) -> Any:
        """The node's status once the producer is finished. Only the producer's state is read
        while dbt runs (one read per run and interval, shared by the run's triggers): a trigger
        reading its own node's status every few seconds, 52 of them, cost the build more CPU
        (bench/transform.py: ~7 s at 150 facts) than ending them during the build saved."""
        ti = self.task_instance
        while True:
            producer = await shared_task_state(ti.dag_id, ti.run_id, self.producer_task_id,
                                               max_age=self.poll_interval)
            if producer in FINISHED:
                return await self._status()
            await asyncio.sleep(self.poll_interval)

    async def run(self) -> AsyncIterator[TriggerEvent]:
        what = f"tests of {self.node_id}" if self.is_test_sensor else self.node_id
        try_number = self.task_instance.try_number
        status = None
        if try_number == 1:
            status = await (self._status_once_built() if self.wait_for_producer else self._status())
            if is_dbt_node_status_success(status):
                if not self.is_test_sensor:  # dbt's own line for the node ("OK created sql table model ...")
                    event = await self._producer_xcom(get_dbt_event_xcom_key(self.node_id))
                    if isinstance(event, dict) and event.get("msg"):
                        self.log.info("%s", event["msg"])
                self.log.info("%s: %s in the build of task %s", what, status, self.producer_task_id)
                yield TaskSuccessEvent()
                return
            self.log.info("%s: %s in the build of task %s", what, status, self.producer_task_id)
        else:  # a retry or a manual clear: Cosmos rebuilds this node alone
            self.log.info("%s: try %s", what, try_number)
        await self._wait_for_upstream(what)
        self.log.info("%s: going on on a worker", what)
        yield TriggerEvent({"resume": str(status) if try_number == 1 else "retry"})
