"""`vndx airflow-init`: what every deployment does once before Airflow runs, idempotent.

  1. `airflow db migrate`          the metadata database (SQLite, embedded PostgreSQL or compose's)
  2. `airflow pools set`           the pools vndx_hosts (crawl) and vndx_cpu (parse, validate)
  3. warehouse DDL                 raw, quarantine, audit schemas
  4. `dbt deps` + `dbt parse`      the manifest Cosmos renders vndx_transform from

`vndx run` runs steps 1-2 here (it has its own progress lines for 3-4), and skips them on a warm
run whose SQLite metadata this Airflow version already migrated (`init_metadata_once`); `make airflow`,
`make test-distributed` and compose's airflow-init job (docker/airflow/init.sh) run all four.
The warehouse connection is not stored: every process gets it as AIRFLOW_CONN_VNDX_WAREHOUSE.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from vndx import config
from vndx.orchestration import airflow_settings
from vndx.transform import run_dbt
from vndx.warehouse.db import ensure_schema, warehouse_url


class BootstrapError(RuntimeError):
    pass


def _airflow(args: list[str], env: dict[str, str], log: Path) -> None:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as fh:
        done = subprocess.run(["airflow", *args], env=env, stdout=fh, stderr=subprocess.STDOUT, timeout=900)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise BootstrapError(f"`airflow {' '.join(args[:2])}` failed (exit {done.returncode}); log: {log}\n{tail}")


def init_metadata(env: dict[str, str], log_dir: Path) -> None:
    """Steps 1-2: metadata database and the pools."""
    _airflow(["db", "migrate"], env, log_dir / "airflow-db-migrate.log")
    for name, slots, description in airflow_settings.pools():
        _airflow(["pools", "set", name, str(slots), description], env, log_dir / f"airflow-pools-{name}.log")


def _pools_line() -> str:
    return " ".join(f"{name}={slots}" for name, slots, _ in airflow_settings.pools())


def _stamp_of(env: dict[str, str]) -> dict[str, str]:
    """What steps 1-2 depend on: the Airflow version (its migrations), the database, the pools."""
    from importlib.metadata import version  # noqa: PLC0415

    default = f"sqlite:///{Path(env['AIRFLOW_HOME']) / 'airflow.db'}"  # Airflow's own default
    return {"airflow": version("apache-airflow"),
            "database": env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN") or default,
            "pool": _pools_line()}


def init_metadata_once(env: dict[str, str], log_dir: Path) -> bool:
    """Steps 1-2 for `vndx run`'s SQLite metadata, skipped (False) when this Airflow version
    already migrated this database file and set these pools: two Airflow CLI start-ups (~10 s) saved
    on every warm run. A deleted database, another Airflow version or pool size runs them again."""
    stamp = Path(env["AIRFLOW_HOME"]) / "vndx-bootstrap.json"
    want = _stamp_of(env)
    database = want["database"].removeprefix("sqlite:///")
    if (want["database"].startswith("sqlite:///") and Path(database).is_file() and stamp.is_file()
            and stamp.read_text() == json.dumps(want, sort_keys=True)):
        return False
    stamp.unlink(missing_ok=True)
    init_metadata(env, log_dir)
    stamp.write_text(json.dumps(want, sort_keys=True))
    return True


def init_all(env: dict[str, str], url: str, log_dir: Path, echo: Callable[[str], None] = print) -> None:
    """All four steps: Airflow with `env`, the warehouse at `url`."""
    echo(f"[airflow-init] metadata database (airflow db migrate) and pools {_pools_line()}")
    init_metadata(env, log_dir)
    echo("[airflow-init] warehouse schemas: " + ", ".join(ensure_schema(url)))
    project = config.dbt_project_dir()
    if (project / "packages.yml").exists() or (project / "dependencies.yml").exists():
        run_dbt("deps", url=url)
    run_dbt("parse", url=url)
    echo("[airflow-init] dbt manifest ready for Cosmos")


def main(write_compose_env: bool = False) -> int:
    """The CLI: bootstrap with the current environment (compose sets everything)."""
    if write_compose_env:
        print(f"wrote {airflow_settings.write_compose_env_file()}")
        return 0
    if not config.settings().warehouse_url:  # the embedded warehouse: started, and named for Airflow
        os.environ["VNDX_WAREHOUSE_URL"] = warehouse_url(start=True)

    try:
        init_all(dict(os.environ), config.settings().warehouse_url, config.home() / "logs")
    except BootstrapError as exc:
        print(exc)
        return 1
    print("[airflow-init] done")
    return 0
