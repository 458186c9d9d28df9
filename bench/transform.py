"""Benchmark of the marts DAG: `airflow dags test vndx_transform` against a plain `dbt build`.

Both on the same data, in one run, alternately, each repeated (`--repeat`, at least 2):
  1. a scratch database (bench_transform) with the raw DDL and `--facts` synthetic facts
     (bench/dbt.py's generator); `dbt parse` writes the manifest Cosmos renders the DAG from;
  2. a fresh Airflow home (.vndx/bench/airflow_transform, `airflow db migrate`);
  3. one untimed warm-up of each (dbt's partial parse and Cosmos's caches are warm for both);
  4. per repeat: drop the dbt schemas, time `dbt build`; drop them again, time
     `airflow dags test vndx_transform` (a new logical date each time, so a new DAG run).
Wall clock of the whole command (process start-up included). Nothing is asserted here.

    .venv/bin/python bench/transform.py                      # -> bench/results/transform.json
    .venv/bin/python bench/transform.py --modes watcher local  # also the per-model Cosmos mode
    .venv/bin/python bench/transform.py --facts 1000 --no-write  # a quick look
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from vndx import config
from vndx.pipeline.runner import airflow_env
from vndx.transform import run_dbt
from vndx.warehouse.db import connect, ensure_schema

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "transform.json"
WORK = config.home() / "bench"
DBT_SCHEMAS = ("staging", "intermediate", "marts", "reference")
DATABASE = "bench_transform"


def _synthetic_loader():
    """bench/dbt.py's fact generator (loaded by path: bench/ is a folder of scripts)."""
    spec = importlib.util.spec_from_file_location("bench_dbt", Path(__file__).with_name("dbt.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reset(url: str) -> None:
    """Drop everything dbt built, so each timed command starts from the same state."""
    with connect(url) as conn:
        for schema in DBT_SCHEMAS:
            conn.execute(f"drop schema if exists {schema} cascade")
        conn.commit()


def _dbt_build(url: str) -> float:
    start = time.perf_counter()
    result = run_dbt("build", url=url, check=False, target_path=WORK / "transform_dbt_target")
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"dbt build failed:\n{result.stdout[-4000:]}")
    return elapsed


def _dag_test(env: dict[str, str], logical_date: dt.datetime, log: Path) -> float:
    cmd = ["airflow", "dags", "test", "vndx_transform", logical_date.isoformat()]
    start = time.perf_counter()
    with log.open("w") as fh:
        done = subprocess.run(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, cwd=REPO, timeout=1800)
    elapsed = time.perf_counter() - start
    text = log.read_text(errors="replace")
    if done.returncode != 0 or "new_state=failed" in text:
        raise SystemExit(f"`{' '.join(cmd)}` failed (exit {done.returncode}); log: {log}")
    return elapsed


def _split(log: Path) -> dict[str, float]:
    """Where a `dags test` spent its time, from the log's timestamps: the producer task (the one
    `dbt build`, watcher mode only) and dbt inside it, the tasks after it (the watchers), and the
    DAG parse before the first task (the log starts after the CLI's own imports)."""
    stamps: list[tuple[dt.datetime, str]] = []
    for line in log.read_text(errors="replace").splitlines():
        if line[:4].isdigit() and "Z [" in line[:40]:
            with contextlib.suppress(ValueError):
                stamps.append((dt.datetime.fromisoformat(line[:26].rstrip("Z")), line))
    if not stamps:
        return {}
    starts = [t for t, line in stamps if "[DAG TEST] starting task_id=" in line]
    producer = [t for t, line in stamps if "task_id=dbt_producer_watcher" in line and "[DAG TEST]" in line]
    split = {"first_log_to_first_task_s": round((starts[0] - stamps[0][0]).total_seconds(), 1) if starts else None}
    dbt = [t for t, line in stamps if "Running with dbt=" in line or "  Done. PASS=" in line]
    if len(dbt) >= 2:  # dbt itself inside the producer: start-up message to its summary
        split["producer_dbt_s"] = round((dbt[-1] - dbt[0]).total_seconds(), 1)
    if len(producer) >= 2:
        split["producer_task_s"] = round((producer[-1] - producer[0]).total_seconds(), 1)
        split["watcher_tasks_s"] = round((stamps[-1][0] - producer[-1]).total_seconds(), 1)
    return split


def _airflow(url: str, mode: str) -> dict[str, str]:
    env = airflow_env(url)
    home = WORK / "airflow_transform"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    env["AIRFLOW_HOME"] = str(home)
    env["VNDX_DBT_EXECUTION_MODE"] = mode
    # Cosmos's cache (partial parse of the producer) in this Airflow home, not the /tmp/cosmos that
    # every checkout on this machine shares (another project's cache forces a full parse)
    env["AIRFLOW__COSMOS__CACHE_DIR"] = str(home / "cosmos_cache")
    subprocess.run(["airflow", "db", "migrate"], env=env, check=True, capture_output=True, cwd=REPO)
    return env


def summarise(builds: list[float], dags: list[float], splits: list[dict]) -> dict:
    """Per mode: the timings, and the ratio of each `dags test` to the `dbt build` timed just before
    it (same load on a shared machine), the median of those ratios being the figure reported."""
    ratios = [d / b for b, d in zip(builds, dags, strict=True)]
    inner = [s["producer_dbt_s"] / b for b, s in zip(builds, splits, strict=True) if s.get("producer_dbt_s")]
    return {
        "dbt_build_s": [round(x, 2) for x in builds],
        "dags_test_s": [round(x, 2) for x in dags],
        "ratio_per_pair": [round(x, 2) for x in ratios],
        "transform_over_dbt_build": round(statistics.median(ratios), 2),
        # dbt inside the producer task against the whole `dbt build` process: what the DAG's own
        # dbt work costs; the rest of a `dags test` is Airflow's (start-up, DAG parse, task runs)
        "producer_dbt_over_dbt_build": round(statistics.median(inner), 2) if inner else None,
        "dags_test_split": splits,
    }


def bench(n_facts: int, repeat: int, modes: list[str]) -> dict:
    from vndx.warehouse.embedded import create_database  # noqa: PLC0415

    synthetic = _synthetic_loader()
    synthetic._drop(DATABASE)
    url = create_database(DATABASE)
    logs = WORK / "transform_logs"
    logs.mkdir(parents=True, exist_ok=True)
    try:
        ensure_schema(url)
        synthetic.load(url, n_facts, 0, seed=n_facts, loaded_at=None)
        run_dbt("parse", url=url)  # the manifest the DAG is rendered from
        day = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
        per_mode = {}
        for mode in modes:
            env = _airflow(url, mode)
            _reset(url)
            _dbt_build(url)  # warm-up: partial parse
            _reset(url)
            _dag_test(env, day, logs / f"{mode}_warmup.log")  # warm-up: Cosmos caches, DAG serialised
            builds, dags, splits = [], [], []
            for i in range(repeat):
                _reset(url)
                builds.append(_dbt_build(url))
                _reset(url)
                day += dt.timedelta(days=1)
                dags.append(_dag_test(env, day, logs / f"{mode}_{i}.log"))
                splits.append(_split(logs / f"{mode}_{i}.log"))
                print(f"{mode} #{i + 1}: dbt build {builds[-1]:.1f} s, dags test {dags[-1]:.1f} s", flush=True)
            per_mode[mode] = summarise(builds, dags, splits)
        with connect(url) as conn:
            counts = {
                table: conn.execute(f"select count(*) from marts.{table}").fetchone()[0]
                for table in ("fct_indicator_observation", "fct_indicator_value")
            }
        return {"facts": n_facts, "repeat": repeat, "marts_rows": counts, "modes": per_mode}
    finally:
        synthetic._drop(DATABASE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--modes", nargs="+", default=["watcher"], choices=["watcher", "local"])
    parser.add_argument("--no-write", action="store_true", help="print only, keep results file")
    args = parser.parse_args(argv)
    result = bench(args.facts, max(2, args.repeat), args.modes)
    main_mode = result["modes"][args.modes[0]]
    out = {
        "command": "wall clock of `airflow dags test vndx_transform` (Cosmos, VNDX_DBT_EXECUTION_MODE) and of "
        "`dbt build`, each from empty dbt schemas on the same synthetic raw data, alternated in one run; "
        "median over the repeats of (dags test / the dbt build timed just before it)",
        "transform_over_dbt_build": main_mode["transform_over_dbt_build"],
        "execution_mode": args.modes[0],
        "dbt_threads": config.dbt_threads(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "note": "shared with other jobs"},
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **result,
    }
    print(json.dumps(out, indent=2))
    if not args.no_write:
        RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
