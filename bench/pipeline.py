"""The whole pipeline at national size: a synthetic web of >= 50 hosts crawled through the real DAGs
on a real scheduler (`make airflow`'s LocalExecutor), then extraction, validation and the marts.

    .venv/bin/python bench/pipeline.py                          # 2,000 then 20,000 pages, 50 hosts
    .venv/bin/python bench/pipeline.py --sizes 200 --hosts 10 --no-write   # a quick look
    .venv/bin/python bench/pipeline.py --rerun-sizes 2000 --standalone-hosts 5   # re-run the small size only

Per size, in a scratch warehouse database (`bench_pipeline_<size>`, dropped afterwards) and state
folder (.vndx/bench/pipeline/):
1. the web: bench/synthweb.py in a child process, one HTTP server per host on 127.0.1.N, and a
   source registry folder with one YAML per host (crawl delay 0) passed as VNDX_SOURCES;
2. standalone (no Airflow, this process, same code the tasks call, same web, measured in the same
   run so the machine's load is the same): crawl every source (8 at a time: the vndx_hosts pool),
   parse+extract every batch (`process_batch`: what bench/extract.py times plus the warehouse
   writes), validate every batch (the three GX suites), `dbt build` once;
3. the scheduler: `local_airflow.up()` (LocalExecutor, the deployment of `make airflow`), trigger
   `vndx_pipeline` through the REST API, wait for it and for the `vndx_transform` runs its asset
   triggered; per stage, from the metadata database's task instances: wall (first start to last
   end), the sum of task durations, pages/s, and the peak RSS of the largest task (a psutil
   sampler every 0.5 s over the process tree of every Airflow process; a task instance's RSS is
   that of its `pid` plus its children, e.g. the dbt process under the transform task);
4. the re-run: the same DAG run cleared (same data interval), waited for again with its
   transforms; requests the web saw (by status), rows added to raw/quarantine/staging/
   intermediate/marts (must be 0), wall time. Metadata DB growth (rows per table, bytes) for both.

orchestration_ratio = end-to-end pages/s / the slowest standalone stage's pages/s.
growth_exponent = log(wall_big / wall_small) / log(big / small) (log base 10 for 2k -> 20k).
Nothing is asserted; figures are wall clock on a shared 2-core machine (the load is recorded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import multiprocessing as mp
import os
import platform
import shutil
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psutil
import psycopg
import yaml

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "pipeline.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthweb  # noqa: E402  (bench/ is a folder of scripts)

from scrapers.crawl import crawl_source  # noqa: E402
from scrapers.registry import source_from_dict  # noqa: E402
from vndx.orchestration import airflow_settings, local_airflow  # noqa: E402
from vndx.orchestration.rest_api import AirflowAPI  # noqa: E402
from vndx.pipeline.batches import batch_id_for  # noqa: E402
from vndx.pipeline.documents import process_batch  # noqa: E402
from vndx.pipeline.validation import validate_articles, validate_facts, validate_pages  # noqa: E402
from vndx.relevance import is_relevant  # noqa: E402
from vndx.transform import run_dbt  # noqa: E402
from vndx.warehouse.db import connect, ensure_schema, warehouse_url  # noqa: E402

STATE = REPO / ".vndx" / "bench" / "pipeline"
STAGES = ("crawl", "parse_extract", "validate", "marts")
TASK_STAGE = {"source.crawl": "crawl", "source.parse_and_extract": "parse_extract", "source.validate": "validate"}
COUNTED_SCHEMAS = ("raw", "quarantine", "staging", "intermediate", "marts")
METADATA_TABLES = ("dag_run", "task_instance", "task_instance_history", "xcom", "log", "job", "asset_event",
                   "rendered_task_instance_fields", "task_reschedule", "deadline")
MB = 1024 * 1024


# --- databases --------------------------------------------------------------------------------

def _with_db(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def _recreate(server: str, name: str) -> str:
    with psycopg.connect(_with_db(server, "postgres"), autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')
    return _with_db(server, name)


def _drop(url: str) -> None:
    with psycopg.connect(_with_db(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'drop database if exists "{urlsplit(url).path.lstrip("/")}" with (force)')


def table_rows(url: str) -> dict[str, int]:
    """Exact row counts of every table in the counted schemas (views are not counted)."""
    with connect(url) as conn:
        tables = conn.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' and table_schema = any(%s) order by 1", (list(COUNTED_SCHEMAS),)
        ).fetchall()
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for (t,) in tables}


def metadata_size(url: str) -> dict:
    with psycopg.connect(url) as conn:
        rows = {}
        for table in METADATA_TABLES:
            if conn.execute("select to_regclass(%s)", (table,)).fetchone()[0]:
                rows[table] = conn.execute(f"select count(*) from {table}").fetchone()[0]
        size = conn.execute("select pg_database_size(current_database())").fetchone()[0]
    return {"rows": rows, "mb": round(size / MB, 1)}


def _diff(after: dict, before: dict) -> dict:
    return {k: after["rows"].get(k, 0) - before["rows"].get(k, 0) for k in after["rows"]} | {
        "mb": round(after["mb"] - before["mb"], 1)}


# --- memory -----------------------------------------------------------------------------------

class TreeSampler:
    """Every `interval` s: the RSS of each process under `roots` and of its subtree; keeps the max."""

    def __init__(self, roots, interval: float = 0.5):
        self.roots, self.interval = roots, interval
        self.peak_tree: dict[int, int] = {}
        self.peak_total = 0
        self.loads: list[float] = []  # the 1-minute load average every 30 s: how busy the machine was
        self._last_load = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def load_during(self) -> dict | None:
        if not self.loads:
            return None
        return {"min": round(min(self.loads), 1), "mean": round(sum(self.loads) / len(self.loads), 1),
                "max": round(max(self.loads), 1), "samples": len(self.loads)}

    def sample(self) -> None:
        if time.monotonic() - self._last_load >= 30:
            self._last_load = time.monotonic()
            self.loads.append(os.getloadavg()[0])
        procs: dict[int, psutil.Process] = {}
        for pid in self.roots():
            try:
                root = psutil.Process(pid)
                procs[pid] = root
                procs.update({p.pid: p for p in root.children(recursive=True)})
            except psutil.Error:
                continue
        rss, parent = {}, {}
        for pid, p in procs.items():
            try:
                rss[pid], parent[pid] = p.memory_info().rss, p.ppid()
            except psutil.Error:
                continue
        tree = dict(rss)
        for pid in rss:  # add each process to all its ancestors in the set
            up = parent.get(pid)
            while up in rss:
                tree[up] += rss[pid]
                up = parent.get(up)
        for pid, value in tree.items():
            self.peak_tree[pid] = max(self.peak_tree.get(pid, 0), value)
        roots = [pid for pid in rss if parent.get(pid) not in rss]
        self.peak_total = max(self.peak_total, sum(tree[pid] for pid in roots))


# --- the web and its registry ----------------------------------------------------------------

def start_web(hosts: int, pages: int):
    ctx = mp.get_context("spawn")
    ready, stop = ctx.Queue(), ctx.Event()
    proc = ctx.Process(target=synthweb.serve, args=(hosts, pages, ready, stop), daemon=True)
    proc.start()
    return proc, stop, ready.get(timeout=120)


def write_registry(folder: Path, hosts, bases) -> list:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sources = []
    for host, base in zip(hosts, bases, strict=True):
        definition = synthweb.source_definition(host, base)
        (folder / f"{host.source_id}.yml").write_text(yaml.safe_dump(definition, allow_unicode=True, sort_keys=False),
                                                      encoding="utf-8")
        sources.append(source_from_dict(definition))
    return sources


# --- standalone stages --------------------------------------------------------------------------

def standalone(server: str, sources, size: int, day: dt.date, state: Path) -> dict:
    """Each stage alone, in this process, on its own scratch database: the throughput the
    orchestration is compared with."""
    url = _recreate(server, f"bench_pipeline_{size}_standalone")
    ensure_schema(url)
    # What the scheduler imports once before forking its task processes (GX, trafilatura, dbt, ...)
    # is imported here before the clocks start too: one-off imports amortised on both sides, so a
    # stage's figure on a subset of hosts is its per-page cost (plus its per-batch start-up).
    from vndx.orchestration.task_preload import preload  # noqa: PLC0415

    preload()
    raw_root = state / "standalone-raw"
    shutil.rmtree(raw_root, ignore_errors=True)
    me = os.getpid()
    out: dict = {"sources": len(sources)}
    try:
        def crawl_one(src):
            with connect(url) as conn:
                return len(crawl_source(src, batch_id=batch_id_for(src.id, day), conn=conn, raw_root=str(raw_root),
                                        relevant=is_relevant).pages)

        def parse_all():
            with connect(url) as conn:
                return sum(process_batch(conn, s, batch_id_for(s.id, day), str(raw_root), fetched_on=day).documents
                           for s in sources)

        def validate_all():
            for s in sources:
                for check in (validate_pages, validate_articles, validate_facts):
                    check(url, batch_id_for(s.id, day))
            return None

        def marts():
            done = run_dbt("build", url=url, check=False, target_path=state / "standalone-dbt-target")
            if done.returncode != 0:
                raise SystemExit(f"standalone dbt build failed:\n{done.stdout[-3000:]}")

        def crawl_all():
            with ThreadPoolExecutor(airflow_settings.HOSTS_POOL_SLOTS) as pool:  # as the vndx_hosts pool
                return sum(pool.map(crawl_one, sources))

        steps = [("crawl", crawl_all),
                 ("parse_extract", parse_all), ("validate", validate_all), ("marts", marts)]
        pages = None
        for name, step in steps:
            with TreeSampler(lambda: [me]) as mem:
                t0 = time.perf_counter()
                got = step()
                wall = time.perf_counter() - t0
            if name == "crawl":
                pages = got
            out[name] = {"wall_s": round(wall, 2), "pages_per_s": round(pages / wall, 2),
                         "peak_rss_mb": round(max(mem.peak_tree.values(), default=0) / MB, 1)}
            print(f"  standalone {name}: {wall:.1f} s, {pages / wall:.1f} pages/s", flush=True)
        out["pages"] = pages
        out["rows"] = {k: v for k, v in table_rows(url).items() if k.startswith(("raw.", "marts."))}
    finally:
        _drop(url)
        shutil.rmtree(raw_root, ignore_errors=True)
    return out


# --- the scheduler ------------------------------------------------------------------------------

def _environ(values: dict[str, str]):
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    return saved


def _restore(saved: dict) -> None:
    for key, value in saved.items():
        os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)


def _task_instances(metadata: str, dag_id: str, since: dt.datetime | None = None,
                    run_id: str | None = None) -> list[dict]:
    query = ("select ti.task_id, ti.map_index, ti.state, ti.start_date, ti.end_date, ti.duration, ti.pid, "
             "ti.run_id, ti.try_number from task_instance ti join dag_run dr on dr.dag_id = ti.dag_id "
             "and dr.run_id = ti.run_id where ti.dag_id = %s")
    params: list = [dag_id]
    if since:
        query += " and dr.run_after >= %s"
        params.append(since)
    if run_id:
        query += " and ti.run_id = %s"
        params.append(run_id)
    with psycopg.connect(metadata) as conn:
        cur = conn.execute(query, params)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _stage(tis: list[dict], pages: int, sampler: TreeSampler) -> dict:
    done = [t for t in tis if t["start_date"] and t["end_date"]]
    if not done:
        return {}
    wall = (max(t["end_date"] for t in done) - min(t["start_date"] for t in done)).total_seconds()
    peaks = [sampler.peak_tree.get(t["pid"], 0) for t in done if t["pid"]]
    return {"wall_s": round(wall, 2), "pages_per_s": round(pages / wall, 2) if wall else None,
            "task_seconds_sum": round(sum(t["duration"] or 0 for t in done), 1), "tasks": len(done),
            "peak_rss_mb": round(max(peaks, default=0) / MB, 1), "tasks_with_rss": sum(1 for p in peaks if p),
            "states": sorted({t["state"] for t in done})}


# Lines of the scheduler's log that say it was starved: its own job heartbeat late, and the running
# task instances it then reset as orphans (each reset kills those tries).
SCHEDULER_TROUBLE = {"heartbeat_recovered_lines": "Heartbeat recovered", "orphan_resets": "Reset the following"}


def scheduler_trouble(log: Path) -> dict[str, int]:
    """How often each SCHEDULER_TROUBLE line occurs in a scheduler log (0 when there is no log)."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return {key: text.count(marker) for key, marker in SCHEDULER_TROUBLE.items()}


def _retry(call, tries: int = 5):
    """An API call that a busy api-server may answer 500 (its DB pool times out under load)."""
    for attempt in range(tries):
        try:
            return call()
        except (AssertionError, OSError) as exc:
            if attempt == tries - 1:
                raise
            print(f"  (retrying after: {str(exc)[:200]})", flush=True)
            time.sleep(15)
    return None


def _wait_run(metadata: str, dag_id: str, run_id: str, timeout: float) -> dict:
    """Poll the metadata database (not the API: it adds no load to the api-server the tasks need)."""
    deadline = time.monotonic() + timeout
    time.sleep(2)
    while True:
        with psycopg.connect(metadata) as conn:
            state = conn.execute("select state from dag_run where dag_id = %s and run_id = %s",
                                 (dag_id, run_id)).fetchone()
        if state and state[0] in ("success", "failed"):
            return {"state": state[0]}
        if time.monotonic() > deadline:
            raise SystemExit(f"{dag_id} {run_id} still {state} after {timeout:.0f} s")
        time.sleep(5)


def _wait_transforms(api: AirflowAPI, metadata: str, since: dt.datetime, timeout: float) -> list[dict]:
    """Wait until a vndx_transform run was created after the last validated-facts event of this
    pipeline run, and every transform run since `since` is finished; returns those runs."""
    deadline = time.monotonic() + timeout
    idle = 0
    while True:
        with psycopg.connect(metadata) as conn:
            last_event = conn.execute("select max(timestamp) from asset_event where timestamp >= %s",
                                      (since,)).fetchone()[0]
            runs = conn.execute("select run_id, state, run_after, start_date, end_date from dag_run "
                                "where dag_id = 'vndx_transform' and run_after >= %s order by run_after",
                                (since,)).fetchall()
            queued = conn.execute("select count(*) from asset_dag_run_queue").fetchone()[0]
        # no event since `since` (called once the pipeline run is over): no transform will start,
        # e.g. a re-run that validated nothing new skips publishing
        finished = (bool(runs) or last_event is None) and all(r[1] in ("success", "failed") for r in runs)
        # a run that started after the last event built the marts from every validated fact
        covered = last_event is not None and any(r[3] and r[3] >= last_event for r in runs)
        idle = idle + 1 if finished and not queued else 0
        if finished and (covered or idle >= 6):  # or nothing more is queued for 30 s
            return [{"run_id": r[0], "state": r[1], "start": r[3], "end": r[4], "after_last_event": covered}
                    for r in runs]
        if time.monotonic() > deadline:
            raise SystemExit(f"vndx_transform runs not finished after {timeout:.0f} s: {runs}")
        time.sleep(5)


def _pipeline_pass(api, metadata, url, sampler, web_base, trigger) -> dict:
    """One pass: trigger (or clear) the pipeline run, wait for it and its transforms; figures."""
    requests_before = synthweb.stats(web_base)
    rows_before = table_rows(url)
    meta_before = metadata_size(metadata)
    since = dt.datetime.now(dt.UTC)
    t0 = time.monotonic()
    run_id = _retry(trigger)
    run = _wait_run(metadata, "vndx_pipeline", run_id, 4 * 3600)
    pipeline_s = time.monotonic() - t0
    transforms = _wait_transforms(api, metadata, since - dt.timedelta(seconds=1), 4 * 3600)
    end = max([r["end"] for r in transforms if r["end"]], default=None)
    wall = (end - since).total_seconds() if end else pipeline_s  # no transform: the pipeline run alone
    requests_after = synthweb.stats(web_base)
    rows_after = table_rows(url)
    return {
        "run_id": run_id, "state": run["state"], "transform_runs": len(transforms),
        "transform_states": sorted({r["state"] for r in transforms}),
        "pipeline_run_s": round(pipeline_s, 1), "wall_s": round(wall, 1), "since": since,
        "requests": {k: {s: requests_after[k].get(s, 0) - requests_before[k].get(s, 0) for s in requests_after[k]}
                     for k in ("by_status", "by_kind")},
        "rows_before": rows_before, "rows_after": rows_after,
        "metadata_growth": _diff(metadata_size(metadata), meta_before),
    }


def scheduled(server: str, size: int, registry: Path, state: Path, web_base: str, rerun: bool,
              airflow_env: dict[str, str] | None = None) -> dict:
    url = _recreate(server, f"bench_pipeline_{size}")
    home = state / "airflow"
    shutil.rmtree(home, ignore_errors=True)
    saved = _environ({"VNDX_HOME": str(home), "VNDX_WAREHOUSE_URL": url, "VNDX_SOURCES": str(registry),
                      "VNDX_DEMO_PORT": str(local_airflow.free_port()),
                      "VNDX_AIRFLOW_PORT": str(local_airflow.free_port())})
    result: dict = {}
    try:
        local_airflow.down(quiet=True)
        t0 = time.monotonic()
        st = local_airflow.up(executor="LocalExecutor", triggerer=True,
                              retry_delay_seconds=airflow_settings.FAST_RETRY_DELAY_SECONDS,
                              extra_env=airflow_env or None, echo=lambda _: None)
        result["airflow_env_overrides"] = airflow_env or {}
        result["airflow_start_s"] = round(time.monotonic() - t0, 1)
        metadata = st["metadata_db"]

        def roots():
            s = local_airflow.load_state() or {}
            return [p["pid"] for p in s.get("processes", {}).values()]

        api = AirflowAPI(st["ui_url"], local_airflow.ADMIN, st["secrets"]["admin_password"])
        _retry(lambda: api.wait_for("the DAGs", lambda: {"vndx_pipeline", "vndx_transform"} <= api.dag_ids(), 600))
        logical = _retry(lambda: api.wait_for("next date",
                                              lambda: api.dag("vndx_pipeline")["next_dagrun_logical_date"], 300))
        _retry(lambda: api.set_paused("vndx_transform", False))
        with TreeSampler(roots) as sampler:
            def first():
                run = api.trigger("vndx_pipeline", logical)
                _retry(lambda: api.set_paused("vndx_pipeline", False))
                return run["dag_run_id"]

            one = _pipeline_pass(api, metadata, url, sampler, web_base, first)
            pages = _landed_pages(url)
            tis = _task_instances(metadata, "vndx_pipeline", run_id=one["run_id"])
            marts = _task_instances(metadata, "vndx_transform", one["since"] - dt.timedelta(seconds=1))
            stages = {name: _stage([t for t in tis if TASK_STAGE.get(t["task_id"]) == name], pages, sampler)
                      for name in STAGES[:3]}
            stages["marts"] = _stage(marts, pages, sampler)
            result.update(
                pages=pages, wall_s=one["wall_s"], pipeline_run_s=one["pipeline_run_s"], state=one["state"],
                transform_runs=one["transform_runs"], transform_states=one["transform_states"],
                end_to_end_pages_per_s=round(pages / one["wall_s"], 2), stages=stages,
                peak_rss_mb=max((s.get("peak_rss_mb", 0) for s in stages.values()), default=0),
                all_airflow_processes_peak_rss_mb=round(sampler.peak_total / MB, 1),
                load_average_during=sampler.load_during(),
                requests=one["requests"], metadata_growth=one["metadata_growth"],
                rows={k: v for k, v in one["rows_after"].items() if k.startswith(("raw.", "marts.", "quarantine."))},
                other_tasks_s={t["task_id"]: round(t["duration"] or 0, 1) for t in tis
                               if t["task_id"] not in TASK_STAGE},
            )
            print(f"  scheduler: {pages} pages in {one['wall_s']:.0f} s ({result['end_to_end_pages_per_s']} pages/s); "
                  f"stages {json.dumps({k: v.get('wall_s') for k, v in stages.items()})}", flush=True)
            # the first pass's figures on disk before the re-run (which a deadline may have to stop)
            (state / "first-pass.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
            if rerun:
                def again():
                    api._request("POST", "/api/v2/dags/vndx_pipeline/clearTaskInstances",
                                 {"dry_run": False, "dag_run_id": one["run_id"], "only_failed": False,
                                  "reset_dag_runs": True})
                    return one["run_id"]

                first_loads = len(sampler.loads)
                try:
                    two = _pipeline_pass(api, metadata, url, sampler, web_base, again)
                except (SystemExit, Exception) as exc:  # keep the first pass's figures
                    result["rerun_error"] = f"{type(exc).__name__}: {str(exc)[:500]}"
                    print(f"  re-run failed: {result['rerun_error']}", flush=True)
                    two = None
            if rerun and two:
                added = {k: two["rows_after"].get(k, 0) - two["rows_before"].get(k, 0)
                         for k in two["rows_after"]}
                result["rerun"] = {
                    "state": two["state"], "wall_s": two["wall_s"], "pipeline_run_s": two["pipeline_run_s"],
                    "rerun_over_first_wall": round(two["wall_s"] / one["wall_s"], 3),
                    "requests": two["requests"], "rows_added": sum(added.values()),
                    "rows_added_by_table": {k: v for k, v in added.items() if v},
                    "transform_runs": two["transform_runs"], "metadata_growth": two["metadata_growth"],
                    "load_average_during": {"max": round(max(sampler.loads[first_loads:], default=0), 1),
                                            "samples": len(sampler.loads) - first_loads},
                }
                print(f"  re-run: {two['wall_s']:.0f} s, requests {two['requests']['by_status']}, "
                      f"rows added {result['rerun']['rows_added']}", flush=True)
        result["metadata_db_mb"] = metadata_size(metadata)["mb"]
        result["scheduler_health"] = scheduler_trouble(local_airflow.state_dir() / "logs" / "scheduler.log")
    finally:
        local_airflow.down(quiet=True)
        local_airflow.drop_metadata_database(url)
        _drop(url)
        _restore(saved)
        shutil.rmtree(home / "raw", ignore_errors=True)
    return result


def _landed_pages(url: str) -> int:
    """Article pages landed (the crawl's pages: discovery documents are not in raw.documents)."""
    with connect(url) as conn:
        return conn.execute("select count(*) from raw.documents").fetchone()[0]


# --- one size, and the whole run ------------------------------------------------------------------

def one_size(server: str, pages: int, hosts: int, standalone_hosts: int | None, rerun: bool,
             airflow_env: dict[str, str] | None = None) -> dict:
    state = STATE / str(pages)
    state.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    print(f"[{pages} pages, {hosts} hosts] load {load[0]:.2f}", flush=True)
    proc, stop, bases = start_web(hosts, pages)
    try:
        web = synthweb.hosts(hosts, pages)
        sources = write_registry(state / "sources", web, bases)
        saved = _environ({"VNDX_HOME": str(state / "standalone")})
        try:
            subset = sources[: standalone_hosts or hosts]
            alone = standalone(server, subset, pages, dt.date.today(), state)
        finally:
            _restore(saved)
        sched = scheduled(server, pages, state / "sources", state, bases[0], rerun, airflow_env)
    finally:
        stop.set()
        proc.join(timeout=30)
    slowest = min(STAGES, key=lambda s: alone[s]["pages_per_s"])
    out = {
        "pages": sched["pages"], "hosts": hosts, "articles_served": pages,
        "noise_pages_served": sum(h.noise for h in synthweb.hosts(hosts, pages)),
        "end_to_end_pages_per_s": sched["end_to_end_pages_per_s"], "wall_s": sched["wall_s"],
        "slowest_standalone_stage": slowest,
        "orchestration_ratio": round(sched["end_to_end_pages_per_s"] / alone[slowest]["pages_per_s"], 3),
        "peak_rss_mb": sched["peak_rss_mb"], "scheduler": sched, "standalone": alone,
        "load_average_at_start": [round(x, 2) for x in load],
    }
    if rerun and "rerun" in sched:
        out["rerun_rows_added"] = sched["rerun"]["rows_added"]
        out["rerun_wall_s"] = sched["rerun"]["wall_s"]
        out["rerun_requests"] = sum(sched["rerun"]["requests"]["by_status"].values())
    return out


def unfinished(pages: int, log: Path, peaks: Path | None) -> dict:
    """Figures of a run still in progress (or stopped), from its deployment's metadata database and
    warehouse: what a size that cannot finish in the time available still tells. `log` is the run's
    output (its standalone lines); `peaks` a TreeSampler dump taken beside it (optional)."""
    import re  # noqa: PLC0415

    st = json.loads((STATE / str(pages) / "airflow" / "airflow-local" / "state.json").read_text())
    metadata, url = st["metadata_db"], st["warehouse_url"]
    sampler = TreeSampler(lambda: [])
    if peaks and peaks.exists():
        sampler.peak_tree = {int(k): v for k, v in json.loads(peaks.read_text())["peak_tree"].items()}
    with psycopg.connect(metadata) as conn:
        run_id, started = conn.execute("select run_id, start_date from dag_run where dag_id = 'vndx_pipeline' "
                                       "order by run_after desc limit 1").fetchone()
        tries = conn.execute("select task_id, state, count(*) from task_instance_history where dag_id = "
                             "'vndx_pipeline' group by 1, 2 order by 1, 2").fetchall()
    tis = _task_instances(metadata, "vndx_pipeline", run_id=run_id)
    landed = _landed_pages(url)
    with connect(url) as conn:
        crawled = conn.execute("select count(*) from raw.page_urls where role = 'article'").fetchone()[0]
    now = dt.datetime.now(dt.UTC)
    stages = {}
    for name in STAGES[:3]:
        mine = [t for t in tis if TASK_STAGE.get(t["task_id"]) == name]
        done = [t for t in mine if t["state"] == "success"]
        figures = _stage(done, crawled if name == "crawl" else landed, sampler)
        figures.update(done_tasks=len(done), of_tasks=len(mine))
        stages[name] = figures
    alone = {m.group(1): {"wall_s": float(m.group(2)), "pages_per_s": float(m.group(3))}
             for m in re.finditer(r"standalone (\w+): ([\d.]+) s, ([\d.]+) pages/s", log.read_text())}
    elapsed = (now - started).total_seconds()
    return {
        "finished": False, "articles_served": pages, "pages_crawled_so_far": crawled,
        "pages_parsed_so_far": landed, "elapsed_s": round(elapsed, 1),
        "crawled_pages_per_s_so_far": round(crawled / elapsed, 2),
        "stages_so_far": stages, "failed_tries_by_task": [list(t) for t in tries],
        "standalone": alone, "metadata_db": metadata_size(metadata), "measured_at": now.isoformat(timespec="seconds"),
        "command": f"python bench/pipeline.py --unfinished {pages} (beside the run of {log.name})",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000], help="article pages per run")
    ap.add_argument("--hosts", type=int, default=50)
    ap.add_argument("--standalone-hosts", type=int, default=None,
                    help="standalone stages on the first N hosts only (default: all)")
    ap.add_argument("--rerun-sizes", type=int, nargs="*", default=None,
                    help="sizes at which to re-run unchanged (default: every size)")
    ap.add_argument("--no-rerun", action="store_true")
    ap.add_argument("--merge", action="store_true",
                    help="keep the other sizes' runs of --out (sizes run by separate commands)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--out", default=str(RESULTS))
    ap.add_argument("--combine", nargs="+", metavar="JSON",
                    help="no run: write --out from the runs of these result files (sizes run by separate commands)")
    ap.add_argument("--airflow-env", nargs="*", default=[], metavar="KEY=VALUE",
                    help="Airflow settings on top of make airflow's (e.g. AIRFLOW__SCHEDULER__"
                         "SCHEDULER_HEALTH_CHECK_THRESHOLD=600); recorded in the results")
    ap.add_argument("--unfinished", type=int, metavar="PAGES",
                    help="no run: figures so far of the run of that size still going (its log beside it)")
    ap.add_argument("--peaks", type=Path, help="with --unfinished: a TreeSampler dump (JSON) of that run")
    args = ap.parse_args(argv)
    if args.unfinished:
        log = STATE / f"run-{args.unfinished}.log"
        print(json.dumps(unfinished(args.unfinished, log, args.peaks), indent=2, default=str))
        return 0
    # a TERM (or kill from a background job, where SIGINT is ignored) still stops Airflow and the web
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    command = "python bench/pipeline.py " + " ".join(argv if argv is not None else sys.argv[1:])
    out = Path(args.out)
    if args.combine:
        runs = {}
        for path in args.combine:
            runs.update(json.loads(Path(path).read_text())["runs"])
        out.write_text(json.dumps(summary(runs, "; ".join(sorted({r["command"] for r in runs.values()}))),
                                  indent=2, default=str) + "\n")
        print(f"wrote {out}")
        return 0
    server = warehouse_url(start=True)
    runs = {}
    if args.merge and out.exists():
        runs = json.loads(out.read_text()).get("runs", {})
    for pages in sorted(args.sizes):
        rerun = not args.no_rerun and (args.rerun_sizes is None or pages in args.rerun_sizes)
        runs[str(pages)] = one_size(server, pages, args.hosts, args.standalone_hosts, rerun,
                                    dict(kv.split("=", 1) for kv in args.airflow_env))
        runs[str(pages)]["command"] = command
        runs[str(pages)]["code_commit"] = code_commit()
        runs[str(pages)]["measured_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        print(json.dumps({k: v for k, v in runs[str(pages)].items() if k not in ("scheduler", "standalone")},
                         default=str), flush=True)
        if not args.no_write:  # each size as soon as it is measured (a later size may not finish)
            out.write_text(json.dumps(summary(runs, command), indent=2, default=str) + "\n")
    result = summary(runs, command)
    text = json.dumps(result, indent=2, default=str) + "\n"
    if not args.no_write:
        out.write_text(text)
    print(text)
    return 0


def code_commit() -> str:
    """The checkout's commit the run measured ('+local changes' when the tree differs from it)."""
    import subprocess  # noqa: PLC0415

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + (" +local changes" if git("status", "--porcelain", "-uno") else "")


def summary(runs: dict, command: str) -> dict:
    """The largest size's figures at the top; growth between the smallest and the largest size;
    the re-run figures of the largest size that was re-run."""
    sizes = sorted(int(k) for k in runs)
    big = runs[str(sizes[-1])]
    result = {k: v for k, v in big.items() if k not in ("scheduler", "standalone", "command", "measured_at")}
    result["stages"] = {s: {"scheduler": big["scheduler"]["stages"].get(s), "standalone": big["standalone"][s]}
                        for s in STAGES}
    if len(sizes) > 1:
        small = runs[str(sizes[0])]
        result["growth_exponent"] = round(math.log(big["wall_s"] / small["wall_s"])
                                          / math.log(sizes[-1] / sizes[0]), 3)
        result["growth_between"] = [sizes[0], sizes[-1]]
    rerun = [n for n in sizes if "rerun_rows_added" in runs[str(n)]]
    if rerun:
        r = runs[str(rerun[-1])]
        result.update(rerun_at_pages=r["pages"], rerun_rows_added=r["rerun_rows_added"],
                      rerun_wall_s=r["rerun_wall_s"], rerun_requests=r["rerun_requests"],
                      rerun_requests_by_status=r["scheduler"]["rerun"]["requests"]["by_status"],
                      rerun_over_first_wall=r["scheduler"]["rerun"]["rerun_over_first_wall"])
    result["runs"] = runs
    result["command"] = command
    result["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                         "note": "load averages recorded per size (the machine may be shared)",
                         "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    result["peak_rss_method"] = ("psutil sampler every 0.5 s over the process tree of every Airflow process; a task's "
                                 "RSS = its task_instance.pid plus its child processes; standalone: this process")
    return result


if __name__ == "__main__":
    sys.exit(main())
