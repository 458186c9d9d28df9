"""Wall time of one demo pipeline run: `vndx run` (what `make run` does: `airflow dags test`, one
process) against the same run driven by the scheduler (`make airflow`'s LocalExecutor, or the
CeleryExecutor with Redis and two workers as in `make test-distributed`).

Each in its own state dir (.vndx/bench/airflow_runs/) and scratch database (dropped afterwards).
Scheduler-driven: trigger vndx_pipeline through the REST API, wait for it, then for the
vndx_transform run its asset started. Timings are wall clock on a shared 2-core machine (the load
average at the start is recorded with them): compare within one file, not across machines.

    .venv/bin/python bench/airflow_runs.py                      # vndx run + LocalExecutor
    .venv/bin/python bench/airflow_runs.py --executor celery    # vndx run + CeleryExecutor (2 workers)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

from vndx.orchestration import airflow_settings, local_airflow
from vndx.orchestration.rest_api import AirflowAPI
from vndx.warehouse.db import warehouse_url

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "airflow_runs.json"
STATE = REPO / ".vndx" / "bench" / "airflow_runs"


def _database(server: str, name: str) -> str:
    admin = urlunsplit(urlsplit(server)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')
    return urlunsplit(urlsplit(server)._replace(path="/" + name))


def _drop(url: str) -> None:
    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{urlsplit(url).path.lstrip("/")}" with (force)')


def bench_vndx_run(server: str) -> dict:
    url = _database(server, "bench_airflow_vndx_run")
    env = {**os.environ, "VNDX_HOME": str(STATE / "vndx-run"), "VNDX_WAREHOUSE_URL": url,
           "VNDX_DEMO_PORT": str(local_airflow.free_port())}
    started = time.monotonic()
    done = subprocess.run([str(Path(sys.executable).parent / "vndx"), "run"], env=env, capture_output=True,
                          text=True, cwd=REPO)
    seconds = time.monotonic() - started
    _drop(url)
    if done.returncode != 0:
        raise SystemExit(f"vndx run failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return {"wall_s": round(seconds, 1)}


def bench_scheduler(server: str, executor: str) -> dict:
    url = _database(server, f"bench_airflow_{executor.lower()}")
    values = {"VNDX_HOME": str(STATE / executor.lower()), "VNDX_WAREHOUSE_URL": url, "VNDX_SOURCES": "demo",
              "VNDX_DEMO_PORT": str(local_airflow.free_port()), "VNDX_AIRFLOW_PORT": str(local_airflow.free_port())}
    result: dict = {}
    with local_airflow.environ_overrides(values):
        local_airflow.down(quiet=True)
        started = time.monotonic()
        try:
            state = local_airflow.up(executor=executor, workers=2 if executor == "CeleryExecutor" else 0,
                                     triggerer=executor == "LocalExecutor",
                                     retry_delay_seconds=airflow_settings.FAST_RETRY_DELAY_SECONDS, echo=lambda _: None)
            result["start_s"] = round(time.monotonic() - started, 1)
            api = AirflowAPI(state["ui_url"], local_airflow.ADMIN, state["secrets"]["admin_password"])
            api.wait_for("the DAGs", lambda: {"vndx_pipeline", "vndx_transform"} <= api.dag_ids(), 300)
            logical = api.wait_for("next date", lambda: api.dag("vndx_pipeline")["next_dagrun_logical_date"], 120)
            t0 = time.monotonic()
            run = api.trigger("vndx_pipeline", logical)
            api.set_paused("vndx_transform", False)
            api.set_paused("vndx_pipeline", False)
            pipeline = api.wait_for_run("vndx_pipeline", run["dag_run_id"], 3600)
            result["vndx_pipeline_s"] = round(time.monotonic() - t0, 1)
            runs = api.wait_for("the asset-triggered transform", lambda: [
                r for r in api.runs("vndx_transform") if r["run_type"] == "asset_triggered"], 600)
            transform = api.wait_for_run("vndx_transform", runs[0]["dag_run_id"], 3600)
            result["pipeline_and_transform_s"] = round(time.monotonic() - t0, 1)
            result["states"] = [pipeline["state"], transform["state"]]
        finally:
            local_airflow.down(quiet=True)
            local_airflow.drop_metadata_database(url)
            _drop(url)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--executor", choices=["local", "celery"], default="local")
    parser.add_argument("--skip-vndx-run", action="store_true")
    args = parser.parse_args()
    executor = {"local": "LocalExecutor", "celery": "CeleryExecutor"}[args.executor]
    server = warehouse_url(start=True)
    load = os.getloadavg()[0]
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if not args.skip_vndx_run:
        results["vndx_run"] = bench_vndx_run(server)
        print("vndx run:", results["vndx_run"])
    results[executor] = bench_scheduler(server, executor)
    print(f"{executor}:", results[executor])
    results["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "load_average_at_start": round(load, 2), "measured_at": dt.datetime.now(dt.UTC).isoformat()}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
