"""The marts producer's XCom pushes, off dbt's threads.

Cosmos's producer (`dbt_producer_watcher`, vndx.pipeline.marts) pushes each node's result to
XCom from dbt's own callback, in dbt's worker threads, one push at a time under one lock: a push
is a round trip task process -> supervisor -> API server, and dbt's thread waits for it before
it starts its next node. Measured (bench/transform.py, 150 facts): dbt's run inside the producer
took 10-13 s against 6.4-7.1 s for a plain `dbt build` of the same project.

Here, while a producer executes, those pushes go to a queue that one background thread empties
in order (through Cosmos's own `safe_xcom_push`: same lock, same retry backup); dbt's threads go
on at once. The producer's `execute` waits until the queue is empty before it returns or raises,
so every result is in XCom before the producer's state is final (the watchers read the results
once it is: vndx/pipeline/marts_trigger.py). A push that fails fails the producer after the
build (as it would have inside the build). Outside a producer's execute (a watcher's rebuild),
pushes stay synchronous. Private Cosmos API (pinned version): tests/dbt/test_transform_dag.py
fails if it moves.
"""

from __future__ import annotations

import queue
import threading
from typing import Any

# The modules that call Cosmos's safe_xcom_push by name while the producer runs.
_CALLERS = (
    "cosmos.operators._watcher.base",  # node statuses, dbt events, compiled SQL
    "cosmos.operators._watcher.aggregation",  # a model's aggregated test status
    "cosmos.operators.watcher",  # the producer's flags and its "completed" marker
)


class BackgroundPushes:
    """One FIFO of pushes and the thread that sends them, for the producer running in this process."""

    def __init__(self, push: Any) -> None:
        self._push = push  # Cosmos's safe_xcom_push
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._errors: list[BaseException] = []
        self._active = 0  # producers executing in this process (0 or 1)
        self._guard = threading.Lock()

    def push(self, task_instance: Any, key: str, value: Any) -> None:
        if not self._active:
            self._push(task_instance=task_instance, key=key, value=value)
            return
        with self._guard:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._send, name="vndx-xcom-pushes", daemon=True)
                self._thread.start()
        self._queue.put((task_instance, key, value))

    def _send(self) -> None:
        while True:
            task_instance, key, value = self._queue.get()
            try:
                self._push(task_instance=task_instance, key=key, value=value)
            except BaseException as error:  # re-raised in the producer by drain()
                self._errors.append(error)
            finally:
                self._queue.task_done()

    def start(self) -> None:
        self._active += 1

    def drain(self, raise_errors: bool = True) -> None:
        """Wait until every queued push is sent; raise the first that failed."""
        try:
            self._queue.join()
        finally:
            self._active = max(0, self._active - 1)
        errors, self._errors = self._errors, []
        if errors and raise_errors:
            raise errors[0]


def install() -> BackgroundPushes | None:
    """Route the producer's pushes through a BackgroundPushes (once per process)."""
    import importlib  # noqa: PLC0415

    from cosmos.operators.watcher import DbtProducerWatcherOperator  # noqa: PLC0415

    execute = DbtProducerWatcherOperator.execute
    if getattr(execute, "_vndx_background_pushes", None) is not None:
        return execute._vndx_background_pushes
    modules = [importlib.import_module(name) for name in _CALLERS]
    pushes = BackgroundPushes(modules[0].safe_xcom_push)
    for module in modules:
        module.safe_xcom_push = pushes.push

    def execute_pushing_in_background(self: Any, context: Any, **kwargs: Any) -> Any:
        pushes.start()
        try:
            result = execute(self, context, **kwargs)
        except BaseException:
            pushes.drain(raise_errors=False)  # the build's own error is the one to report
            raise
        pushes.drain()
        return result

    execute_pushing_in_background._vndx_background_pushes = pushes  # type: ignore[attr-defined]
    DbtProducerWatcherOperator.execute = execute_pushing_in_background
    return pushes
