"""Benchmark of the marts DAG (vndx_transform, Cosmos watcher mode) against a plain `dbt build`.

Per data size (`--facts`, default make run's ~150 facts and a national 100,000), on the same data,
in one run, each DAG run paired with the `dbt build` timed just before it (`--repeat` pairs, at
least 2, alternated), both from empty dbt schemas:
  1. a scratch database (bench_transform) with the raw DDL and the synthetic facts (bench/dbt.py's
     generator); `dbt parse` writes the manifest Cosmos renders the DAG from;
  2. scheduler: `vndx airflow up` (LocalExecutor: scheduler, dag-processor, api-server, metadata on
     PostgreSQL) in .vndx/bench/transform_scheduler; vndx_transform triggered through the REST API;
     the time is the DAG run's start_date -> end_date in the metadata DB (production: the scheduler
     is already running); the split: producer task, the watchers after it, the scheduler's pick-up;
  3. dags test: the whole `airflow dags test vndx_transform` process (what `make run` pays: CLI
     start-up, DAG parse, the in-process execution API, the tasks one at a time); its split from
     the log's timestamps;
  4. one untimed warm-up of each first (dbt's partial parse and Cosmos's caches warm for both).
The headline `transform_over_dbt_build` is the scheduler's at the last size. Nothing is asserted.

    .venv/bin/python bench/transform.py                       # -> bench/results/transform.json
    .venv/bin/python bench/transform.py --facts 1000 --runners dags-test --no-write  # a quick look
    .venv/bin/python bench/transform.py --mode local          # Cosmos's one dbt process per model
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from vndx import config
from vndx.orchestration import airflow_settings, local_airflow
from vndx.orchestration.rest_api import AirflowAPI
from vndx.pipeline.runner import airflow_env
from vndx.transform import run_dbt
from vndx.warehouse.db import connect, ensure_schema

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "transform.json"
WORK = config.home() / "bench"
DBT_SCHEMAS = ("staging", "intermediate", "marts", "reference")
DATABASE = "bench_transform"
PRODUCER = "dbt_producer_watcher"
BUILD_DONE = "dbt_build_done"
MAKE_RUN_FACTS = 150  # what `make run` validates from the demo site (README)
NATIONAL_FACTS = 100_000  # a national crawl's facts
COMMAND_NOTE = (
    "each size: a scratch database with that many synthetic facts (bench/dbt.py's generator), the same "
    "data for every timing",
    "scheduler: `vndx airflow up` (LocalExecutor, scheduler already running) in its own state dir; "
    "vndx_transform triggered through the REST API; timed from the DAG run's start_date to its end_date "
    "in the metadata DB (what a production run costs; trigger_to_end_s adds the scheduler's pick-up)",
    "dags_test: wall clock of the whole `airflow dags test vndx_transform` process (what `make run` "
    "pays: CLI start-up, DAG parse, the in-process execution API, then the tasks one at a time)",
    "dbt build: wall clock of `dbt build` (process start-up included); each DAG run from empty dbt "
    "schemas, paired with the `dbt build` timed just before it; the ratio is the median over the pairs",
)


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


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the `dbt build` or `dags test` process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _sessions_cpu(leaders: list[int]) -> float:
    """CPU seconds so far of every process in these sessions, with their reaped children (the
    scheduler's LocalExecutor workers reap the task processes): /proc/<pid>/stat utime..cstime."""
    total = 0
    for sid in leaders:
        for pid in local_airflow._session_members(sid):
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += sum(int(x) for x in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK")


def _dbt_build(url: str) -> tuple[float, float]:
    """Wall and CPU seconds of one `dbt build` process."""
    cpu, start = _children_cpu(), time.perf_counter()
    result = run_dbt("build", url=url, check=False, target_path=WORK / "transform_dbt_target")
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"dbt build failed:\n{result.stdout[-4000:]}")
    return elapsed, _children_cpu() - cpu


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


@contextlib.contextmanager
def _scheduler(url: str, mode: str):
    """A local Airflow (`vndx airflow up`: LocalExecutor, scheduler, dag-processor, api-server,
    metadata on PostgreSQL) in its own state dir, the DAG reading the bench database."""
    home = WORK / "transform_scheduler"
    values = {"VNDX_HOME": str(home), "VNDX_WAREHOUSE_URL": url, "VNDX_SOURCES": "live",
              "VNDX_AIRFLOW_PORT": str(local_airflow.free_port())}
    extra = {"VNDX_DBT_EXECUTION_MODE": mode, "AIRFLOW__COSMOS__CACHE_DIR": str(home / "cosmos_cache")}
    with local_airflow.environ_overrides(values):
        local_airflow.down(quiet=True)
        try:
            state = local_airflow.up(executor="LocalExecutor", triggerer=True, extra_env=extra,
                                     retry_delay_seconds=airflow_settings.FAST_RETRY_DELAY_SECONDS,
                                     echo=lambda _: None)
            api = AirflowAPI(state["ui_url"], local_airflow.ADMIN, state["secrets"]["admin_password"])
            api.wait_for("vndx_transform", lambda: "vndx_transform" in api.dag_ids(), 300, poll=1)
            api.set_paused("vndx_transform", False)
            yield api, [state["processes"][name]["pid"] for name in ("scheduler", "api-server", "triggerer")]
        finally:
            local_airflow.down(quiet=True)
            local_airflow.drop_metadata_database(url)


def _iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _scheduled_run(api: AirflowAPI, leaders: list[int]) -> dict[str, float]:
    """Trigger vndx_transform on the running scheduler and wait for it; its start and end as the
    metadata DB records them, the wall time from the trigger, where the run spent its time, and
    the CPU the scheduler (its workers and tasks) and the api-server used meanwhile."""
    cpu, started = _sessions_cpu(leaders), time.perf_counter()
    run = api.trigger("vndx_transform", None)
    done = api.wait_for_run("vndx_transform", run["dag_run_id"], 1800, poll=1)
    wall = time.perf_counter() - started
    cpu = _sessions_cpu(leaders) - cpu
    if done["state"] != "success":
        raise SystemExit(f"vndx_transform run {run['dag_run_id']}: {done['state']}")
    tis = api.task_instances("vndx_transform", run["dag_run_id"])
    producer = next(t for t in tis if t["task_id"] == PRODUCER)
    watchers = [t for t in tis if t["task_id"] not in (PRODUCER, BUILD_DONE) and t["start_date"]]
    run_start, run_end = _iso(done["start_date"]), _iso(done["end_date"])
    producer_end = _iso(producer["end_date"])
    ends = [_iso(t["end_date"]) for t in watchers if t["end_date"]]
    return {
        "run_s": (run_end - run_start).total_seconds(),
        "cpu_s": round(cpu, 1),
        "trigger_to_end_s": round(wall, 1),
        "run_start_to_producer_start_s": round((_iso(producer["start_date"]) - run_start).total_seconds(), 1),
        "producer_task_s": round(producer["duration"], 1),
        "producer_end_to_run_end_s": round((run_end - _iso(producer["end_date"])).total_seconds(), 1),
        "watcher_tasks": len(watchers),
        "watcher_task_s_sum": round(sum(t["duration"] or 0 for t in watchers), 1),
        # ended in the triggerer: never queued to an executor (vndx/pipeline/marts_trigger.py)
        "watchers_on_a_worker": sum(1 for t in watchers if t.get("queued_when")),
        # watchers started with the build (marts.watch_the_build): how many ended while dbt ran,
        # and when the last one ended after the producer
        "watchers_ended_before_producer_end": sum(1 for end in ends if end <= producer_end),
        "last_watcher_end_after_producer_end_s": round((max(ends) - producer_end).total_seconds(), 1)
        if ends else None,
    }


def summarise(builds: list[tuple[float, float]], runs: list[float], splits: list[dict]) -> dict:
    """The timings, and the ratio of each DAG run to the `dbt build` timed just before it (same load
    on a shared machine), the median of those ratios being the figure reported; the same for CPU
    seconds (what other jobs on the machine do not change)."""
    walls, cpus = [b for b, _ in builds], [c for _, c in builds]
    cpu_ratios = [s["cpu_s"] / c for c, s in zip(cpus, splits, strict=True) if s.get("cpu_s") and c]
    builds = walls
    ratios = [r / b for b, r in zip(builds, runs, strict=True)]
    inner = [s["producer_dbt_s"] / b for b, s in zip(builds, splits, strict=True) if s.get("producer_dbt_s")]
    return {
        "dbt_build_s": [round(x, 2) for x in builds],
        "dag_run_s": [round(x, 2) for x in runs],
        "ratio_per_pair": [round(x, 2) for x in ratios],
        "transform_over_dbt_build": round(statistics.median(ratios), 2),
        "dbt_build_cpu_s": [round(x, 1) for x in cpus],
        "cpu_ratio_per_pair": [round(x, 2) for x in cpu_ratios],
        "cpu_transform_over_dbt_build": round(statistics.median(cpu_ratios), 2) if cpu_ratios else None,
        # dbt inside the producer task against the whole `dbt build` process (dags test only)
        "producer_dbt_over_dbt_build": round(statistics.median(inner), 2) if inner else None,
        "split": splits,
    }


def _pairs(url: str, repeat: int, run_once, label: str) -> dict:
    """One untimed warm-up of each, then `repeat` pairs (dbt build, DAG run), alternated."""
    _reset(url)
    _dbt_build(url)  # warm-up: partial parse
    _reset(url)
    run_once("warmup")  # warm-up: Cosmos caches, DAG serialised
    builds, runs, splits = [], [], []
    for i in range(repeat):
        _reset(url)
        builds.append(_dbt_build(url))
        _reset(url)
        load_before = os.getloadavg()[0]
        seconds, split = run_once(str(i))
        runs.append(seconds)
        # the 1-minute load average before and after the DAG run (the machine is shared)
        splits.append({**split, "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]})
        print(f"{label} #{i + 1}: dbt build {builds[-1][0]:.1f} s ({builds[-1][1]:.1f} s CPU), "
              f"DAG run {runs[-1]:.1f} s ({splits[-1].get('cpu_s')} s CPU)", flush=True)
    return summarise(builds, runs, splits)


def bench(n_facts: int, repeat: int, mode: str, runners: list[str]) -> dict:
    from vndx.warehouse.embedded import create_database  # noqa: PLC0415

    load = round(os.getloadavg()[0], 2)
    synthetic = _synthetic_loader()
    synthetic._drop(DATABASE)
    url = create_database(DATABASE)
    logs = WORK / "transform_logs"
    logs.mkdir(parents=True, exist_ok=True)
    try:
        ensure_schema(url)
        synthetic.load(url, n_facts, 0, seed=n_facts, loaded_at=None)
        run_dbt("parse", url=url)  # the manifest the DAG is rendered from
        per_runner = {}
        if "scheduler" in runners:
            with _scheduler(url, mode) as (api, leaders):
                def scheduled(_name: str) -> tuple[float, dict]:
                    split = _scheduled_run(api, leaders)
                    return split["run_s"], split

                per_runner["scheduler"] = _pairs(url, repeat, scheduled, f"{n_facts} facts, scheduler")
        if "dags-test" in runners:
            env = _airflow(url, mode)
            day = [dt.datetime(2030, 1, 1, tzinfo=dt.UTC)]

            def dags_test(name: str) -> tuple[float, dict]:
                day[0] += dt.timedelta(days=1)  # a new logical date: a new DAG run
                log = logs / f"{n_facts}_{mode}_{name}.log"
                cpu = _children_cpu()
                seconds = _dag_test(env, day[0], log)
                return seconds, {**_split(log), "cpu_s": round(_children_cpu() - cpu, 1)}

            per_runner["dags_test"] = _pairs(url, repeat, dags_test, f"{n_facts} facts, dags test")
        with connect(url) as conn:
            counts = {
                table: conn.execute(f"select count(*) from marts.{table}").fetchone()[0]
                for table in ("fct_indicator_observation", "fct_indicator_value")
            }
        return {"facts": n_facts, "load_average_at_start": load, "marts_rows": counts, **per_runner}
    finally:
        synthetic._drop(DATABASE)


def _size_name(n_facts: int) -> str:
    return f"{n_facts // 1000}k_facts" if n_facts >= 1000 and n_facts % 1000 == 0 else f"{n_facts}_facts"


def _result(args: argparse.Namespace, argv: list[str] | None, sizes: dict, load: float) -> dict:
    out: dict = {
        "command": "; ".join(COMMAND_NOTE),
        "reproduce": ".venv/bin/python bench/transform.py " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    for name, result in sizes.items():
        for runner in ("scheduler", "dags_test"):
            if runner in result:
                key = "transform_over_dbt_build" + ("" if runner == "scheduler" else "_dags_test")
                out[f"{key}_{name}"] = result[runner]["transform_over_dbt_build"]
                out[f"cpu_{key}_{name}"] = result[runner]["cpu_transform_over_dbt_build"]
    headline = list(sizes)[-1]
    first = "scheduler" if "scheduler" in args.runners else "dags_test"
    out["transform_over_dbt_build"] = sizes[headline][first]["transform_over_dbt_build"]
    out["headline"] = f"{first} DAG run at {headline.replace('_', ' ')}"
    out.update({
        "execution_mode": args.mode,
        "dbt_threads": config.settings().dbt_threads,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_at_start": round(load, 2), "note": "shared with other jobs"},
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "repeat": max(2, args.repeat),
        "sizes": sizes,
    })
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, nargs="+", default=[MAKE_RUN_FACTS, NATIONAL_FACTS],
                        help="data sizes; the last one is the headline")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--mode", default="watcher", choices=["watcher", "local"])
    parser.add_argument("--runners", nargs="+", default=["scheduler", "dags-test"], choices=["scheduler", "dags-test"])
    parser.add_argument("--no-write", action="store_true", help="print only, keep results file")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    sizes: dict = {}
    for n_facts in args.facts:  # the file is rewritten after each size: a late failure keeps the first
        sizes[_size_name(n_facts)] = bench(n_facts, max(2, args.repeat), args.mode, args.runners)
        out = _result(args, argv, sizes, load)
        print(json.dumps(out, indent=2), flush=True)
        if not args.no_write:
            RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
