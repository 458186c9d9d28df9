"""`vndx run` (what `make run` calls): the whole pipeline once, with real Airflow, on one machine.

Stages, each with a progress line:
  1. warehouse   embedded PostgreSQL up (or VNDX_WAREHOUSE_URL), raw/quarantine/audit DDL
  2. demo site   the local site with the seed articles (registry `demo` only)
  3. airflow     metadata DB (SQLite under $VNDX_HOME/airflow), pool (`vndx airflow-init`'s bootstrap)
  4. dbt parse   the manifest Cosmos renders the dbt DAG from
  5. crawl       `airflow dags test vndx_pipeline`: discover, fetch, land, parse, extract, validate
  6. marts       `airflow dags test vndx_transform`: dbt seed/run/test through Cosmos
  7. docs        `dbt docs generate`; GX Data Docs were built by the validate tasks
  8. report      the consolidated mart, and where the docs are

Running it again for the same day re-runs the same data interval: every write is an upsert
keyed by source and interval, so no table grows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from vndx import config
from vndx.orchestration import airflow_settings, bootstrap

STAGES = 8


class StageError(RuntimeError):
    pass


def _progress(n: int, name: str, detail: str = "") -> None:
    print(f"[{n}/{STAGES}] {name:<10} {detail}".rstrip(), flush=True)


def _venv_bin() -> Path:
    return Path(sys.executable).parent


def airflow_env(url: str) -> dict[str, str]:
    """Environment for `airflow dags test` in the embedded mode: the settings of every deployment
    (vndx/orchestration/airflow_settings.py), with SQLite metadata and a short retry delay."""
    airflow_home = config.home() / "airflow"
    airflow_home.mkdir(parents=True, exist_ok=True)
    deployment = airflow_settings.Deployment(
        executor="LocalExecutor",
        dags_folder=str(config.REPO_ROOT / "dags"),
        warehouse_url=url,
        retry_delay_seconds=config.settings().retry_delay_seconds or airflow_settings.FAST_RETRY_DELAY_SECONDS,
    )
    env = dict(os.environ)
    env.update(airflow_settings.airflow_environment(deployment))
    env.update(
        {
            "AIRFLOW_HOME": str(airflow_home),
            "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": env.get("AIRFLOW__LOGGING__LOGGING_LEVEL", "INFO"),
            "PATH": f"{_venv_bin()}{os.pathsep}{env.get('PATH', '')}",
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }
    )
    return env


def _logfile(name: str) -> Path:
    logs = config.home() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    return logs / f"{name}.log"


def _call(cmd: list[str], env: dict[str, str], log_name: str, timeout: float = 1800) -> str:
    """Run a command, output to a log file; on failure raise with the log's tail."""
    returncode, text = _run_logged(cmd, env, log_name, timeout)
    if returncode != 0:
        raise StageError(f"`{' '.join(cmd[:4])}` failed (exit {returncode}); log: {_logfile(log_name)}\n"
                         f"{text[-4000:]}")
    return text


def _run_logged(cmd: list[str], env: dict[str, str], log_name: str, timeout: float) -> tuple[int, str]:
    log = _logfile(log_name)
    with log.open("w") as fh:
        done = subprocess.run(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, timeout=timeout,
                              cwd=config.REPO_ROOT)
    return done.returncode, log.read_text(errors="replace")


@contextlib.contextmanager
def demo_site(port: int):
    """Serve the demo site in a child process for the duration of the run."""
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "vndx.cli", "demo-site", "--port", str(port)],
        stdout=_logfile("demo-site").open("w"),
        stderr=subprocess.STDOUT,
        cwd=config.REPO_ROOT,
    )
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/robots.txt", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    raise StageError(f"demo site exited; see {_logfile('demo-site')}") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)


def _dag_test(dag_id: str, logical_date: str, env: dict[str, str]) -> str:
    """`airflow dags test` (exit 1 when the run failed): on failure, name the failed tasks."""
    log_name = f"airflow-{dag_id}"
    returncode, text = _run_logged(["airflow", "dags", "test", dag_id, logical_date], env, log_name, 1800)
    if returncode != 0:
        failed = sorted(_failed_tasks(text))
        errors = [line.strip()[:300] for line in text.splitlines() if "Error" in line or "error" in line][-8:]
        raise StageError(f"{dag_id} failed (tasks: {', '.join(failed) or 'see log'}); log: {_logfile(log_name)}\n"
                         + "\n".join(errors))
    return text


def _failed_tasks(text: str) -> set[str]:
    """Task ids whose instance ended failed, from the `dags test` log."""
    failed: set[str] = set()
    current = None
    for line in text.splitlines():
        if "[DAG TEST] running task" in line or "[DAG TEST] starting task_id=" in line:
            if "task_id=" in line:
                current = line.split("task_id=", 1)[1].split()[0]
        elif "new_state=failed" in line and current:
            failed.add(current)
    return failed


def run_all() -> int:
    from vndx.pipeline import report  # noqa: PLC0415
    from vndx.warehouse.db import ensure_schema, warehouse_url  # noqa: PLC0415

    started = time.monotonic()
    url = warehouse_url(start=True)
    ensure_schema(url)
    where = "external (VNDX_WAREHOUSE_URL)" if config.external_warehouse_url() else "embedded"
    _progress(1, "warehouse", f"{where} PostgreSQL ready at {_redact(url)}")

    registry = config.settings().sources
    port = config.demo_port()
    site = demo_site(port) if registry == "demo" else contextlib.nullcontext(None)
    with site as base:
        _progress(2, "sources", f"registry '{registry}'" + (f", demo site at {base}" if base else ""))
        env = airflow_env(url)
        if base:
            env["VNDX_DEMO_BASE_URL"] = base
        try:
            bootstrap.init_metadata(env, _logfile("airflow").parent)  # `vndx airflow-init` steps 1-2
        except bootstrap.BootstrapError as exc:
            raise StageError(str(exc)) from exc
        _progress(3, "airflow", f"metadata at {env['AIRFLOW_HOME']}")
        from vndx.transform import run_dbt  # noqa: PLC0415

        run_dbt("parse", url=url)
        _progress(4, "dbt parse", "manifest ready for Cosmos")
        logical_date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT00:00:00+00:00")
        _dag_test("vndx_pipeline", logical_date, env)
        _progress(5, "crawl", f"vndx_pipeline done for {logical_date[:10]}: {report.crawl_summary(url)}")
    _dag_test("vndx_transform", logical_date, env)
    _progress(6, "marts", f"vndx_transform done: {report.mart_summary(url)}")
    run_dbt("docs", "generate", url=url)
    _progress(7, "docs", "dbt docs and GX Data Docs built")
    _progress(8, "report", f"in {time.monotonic() - started:.0f} s")
    report.print_mart_table(url)
    report.print_doc_paths()
    return 0


def reprocess_all() -> int:
    """Re-parse, re-extract and re-validate everything landed, without Airflow or network."""
    from vndx.pipeline import reprocess, tasks  # noqa: PLC0415
    from vndx.warehouse.db import ensure_schema  # noqa: PLC0415

    ensure_schema()
    batches = reprocess.landed_batches()
    failed = 0
    for batch in batches:
        try:
            parsed = tasks.parse_and_extract(batch)
            validated = tasks.validate(parsed)
        except Exception as exc:  # one batch must not stop the others
            failed += 1
            print(f"{batch['batch_id']}: FAILED {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        print(f"{batch['batch_id']}: {parsed['documents']} documents, {parsed['facts']} facts, "
              f"{validated['quarantined']} quarantined")
    print(f"reprocessed {len(batches) - failed}/{len(batches)} batches; run `make run` or the "
          "vndx_transform DAG to rebuild the marts")
    return 1 if failed else 0


def _redact(url: str) -> str:
    from urllib.parse import urlsplit  # noqa: PLC0415

    parts = urlsplit(url)
    if parts.password:
        return url.replace(":" + parts.password + "@", ":***@")
    return url
