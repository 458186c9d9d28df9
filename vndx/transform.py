"""Run the dbt project (dbt_project/) against the warehouse.

The profile (dbt_project/profiles.yml, profile `vndx`, target `dev`) reads its connection from
VNDX_DBT_HOST / VNDX_DBT_PORT / VNDX_DBT_USER / VNDX_DBT_PASSWORD / VNDX_DBT_DBNAME; `dbt_env()` builds
them from a PostgreSQL URL. The Airflow DAG (Cosmos) uses the same profiles.yml and variables.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vndx import config
from vndx.warehouse.db import url_parts, warehouse_url


def dbt_env(url: str | None = None) -> dict[str, str]:
    """The VNDX_DBT_* variables of the dbt profile, from `url` (default: the warehouse)."""
    parts = url_parts(url or warehouse_url())
    return {
        "VNDX_DBT_HOST": parts["host"],
        "VNDX_DBT_PORT": parts["port"],
        "VNDX_DBT_USER": parts["user"],
        "VNDX_DBT_PASSWORD": parts["password"],
        "VNDX_DBT_DBNAME": parts["dbname"],
        "VNDX_DBT_THREADS": str(config.settings().dbt_threads),
    }


def dbt_executable() -> str:
    """The `dbt` installed next to this Python (the project's venv)."""
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


def run_dbt(
    *args: str,
    url: str | None = None,
    check: bool = True,
    capture: bool = True,
    target_path: str | os.PathLike[str] | None = None,
) -> subprocess.CompletedProcess:
    """`dbt <args> --project-dir dbt_project --profiles-dir dbt_project` against `url`.

    With `check`, a failing dbt raises CalledProcessError (its output is in the exception).
    `target_path` puts target/ and logs/ elsewhere (concurrent dbt runs must not share them;
    the DAG reads dbt_project/target/manifest.json).
    """
    project = config.dbt_project_dir()
    env = {**os.environ, **dbt_env(url), "DBT_SEND_ANONYMOUS_USAGE_STATS": "False"}
    cmd = [dbt_executable(), *args, "--project-dir", str(project), "--profiles-dir", str(project)]
    if target_path is not None:
        cmd += ["--target-path", str(target_path), "--log-path", str(Path(target_path) / "logs")]
    result = subprocess.run(cmd, env=env, cwd=project, text=True, capture_output=capture, check=False)
    if check and result.returncode != 0:
        raise subprocess.CalledProcessError(result.returncode, cmd, result.stdout, result.stderr)
    return result
