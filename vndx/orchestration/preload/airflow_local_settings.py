"""Airflow's `airflow_local_settings` hook for the local deployments (`vndx airflow up`): makes
the scheduler import what a task process needs before it forks its LocalExecutor workers.

Each task runs in a process forked from a worker, itself forked from the scheduler at start-up;
the task process then imports the task runtime and parses its DAG file (Cosmos, dbt for the
producer). Imported here once, those modules are inherited by every task instead of being imported
again by each (~1-3 s of CPU per task on this 2-core machine, 48 tasks per vndx_transform run).
Only `airflow scheduler` pays it; every other airflow command skips it. On this folder through
PYTHONPATH (vndx/orchestration/local_airflow.py); Airflow imports the module by this name.
"""

from __future__ import annotations

import sys

if sys.argv[1:2] == ["scheduler"]:
    from vndx.orchestration.task_preload import preload

    preload()
