"""What a task process imports, imported ahead in the process it will be forked from (see
vndx/orchestration/preload/airflow_local_settings.py). A module that fails to import is skipped:
the task imports it itself, as without the preload."""

from __future__ import annotations

import importlib
import logging

# The task runtime, the DAG files' imports (Cosmos renders vndx_transform) and dbt (the producer
# runs it in-process, Cosmos's dbtRunner).
MODULES = (
    "airflow.sdk.execution_time.task_runner",
    "vndx.pipeline.dag_defaults",
    "vndx.pipeline.marts",
    "cosmos.converter",
    "cosmos.operators.watcher",
    "cosmos.plugin.airflow3",
    "dbt.cli.main",
    "dbt.adapters.postgres",
    # The validate tasks: GX imported quietly (expectations/warm.py), then the stage's own module.
    "expectations.warm",
    "vndx.pipeline.validation",
    # The crawl and parse tasks: the stage functions and what they import (trafilatura, lxml,
    # warcio, bs4, ...), and the warehouse driver the first connect() imports.
    "vndx.pipeline.tasks",
    "psycopg",
)

log = logging.getLogger(__name__)


def preload(modules: tuple[str, ...] = MODULES) -> list[str]:
    """Import `modules`; returns those that failed (logged, never raised: a task still works)."""
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # a preload must never stop the scheduler
            log.warning("task preload: cannot import %s: %s", name, exc)
            failed.append(name)
    return failed
