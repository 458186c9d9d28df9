"""The local deployment's scheduler imports what its tasks need before forking its workers
(vndx/orchestration/preload/airflow_local_settings.py): only `airflow scheduler` does, a module
that cannot be imported is skipped, and `vndx airflow up` puts the hook on PYTHONPATH."""

from __future__ import annotations

import os
import subprocess
import sys

from vndx.orchestration import local_airflow
from vndx.orchestration.task_preload import MODULES, preload

PROBE = (
    "import sys; sys.argv = ['airflow', {command!r}]; import airflow_local_settings; "
    "print(sorted(m for m in ('cosmos.converter', 'dbt.cli.main', 'trafilatura') if m in sys.modules))"
)


def _hook(command: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(local_airflow.PRELOAD_DIR)}
    done = subprocess.run([sys.executable, "-c", PROBE.format(command=command)], env=env, capture_output=True,
                          text=True, timeout=600, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_only_the_scheduler_preloads_cosmos_dbt_and_the_parse_stage() -> None:
    assert _hook("scheduler") == "['cosmos.converter', 'dbt.cli.main', 'trafilatura']"
    assert _hook("dags") == "[]"  # every other airflow command starts as before


def test_a_module_that_cannot_be_imported_is_skipped() -> None:
    assert preload(("json", "vndx_no_such_module")) == ["vndx_no_such_module"]
    assert {"dbt.cli.main", "vndx.pipeline.marts", "expectations.warm", "vndx.pipeline.tasks"} <= set(MODULES)


def test_the_local_deployment_puts_the_hook_on_pythonpath() -> None:
    assert (local_airflow.PRELOAD_DIR / "airflow_local_settings.py").is_file()
    state = {
        "secrets": {"jwt_secret": "j", "api_secret_key": "k", "fernet_key": "f", "redis_password": "r",
                    "admin_password": "a"},
        "executor": "LocalExecutor", "warehouse_url": "postgresql://u:p@127.0.0.1:1/vndx",
        "metadata_db": "postgresql://u:p@127.0.0.1:1/vndx_airflow", "airflow_home": "/tmp/h",
        "retry_delay_seconds": 5, "sources": "demo",
        "ports": {"api": 1, "redis": 2, "worker_logs": 3, "trigger_logs": 4},
    }
    env = local_airflow._environment(state)
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(local_airflow.PRELOAD_DIR)
