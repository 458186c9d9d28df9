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
"""

from __future__ import annotations

import asyncio
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


class BuiltNodeTrigger(BaseTrigger):
    """Reads one dbt node's result (a model's or seed's status, or a model's aggregated tests)
    from the producer task's XComs of the same DAG run. The run and the try come from the task
    instance the triggerer attaches (start_from_trigger: the kwargs are fixed at parse time)."""

    def __init__(self, node_id: str, producer_task_id: str, is_test_sensor: bool = False,
                 upstream_task_ids: list[str] | None = None, poll_interval: float = 2.0) -> None:
        super().__init__()
        self.node_id = node_id
        self.producer_task_id = producer_task_id
        self.is_test_sensor = is_test_sensor
        self.upstream_task_ids = list(upstream_task_ids or [])
        self.poll_interval = poll_interval

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return CLASSPATH, {
            "node_id": self.node_id,
            "producer_task_id": self.producer_task_id,
            "is_test_sensor": self.is_test_sensor,
            "upstream_task_ids": self.upstream_task_ids,
            "poll_interval": self.poll_interval,
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

    async def run(self) -> AsyncIterator[TriggerEvent]:
        what = f"tests of {self.node_id}" if self.is_test_sensor else self.node_id
        try_number = self.task_instance.try_number
        status = None
        if try_number == 1:
            status = await self._status()
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
