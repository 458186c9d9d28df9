"""Airflow 3 as real processes on this machine: `make airflow` (LocalExecutor) and
`make test-distributed` (CeleryExecutor, Redis, N workers), with docker-compose's settings.

`up()` bootstraps (vndx airflow-init), then starts each part detached in its own process
group, records them in `$VNDX_HOME/airflow-local/state.json`, and returns once the API answers;
`down()` stops every process group it recorded (TERM, then KILL), and nothing else.

  metadata      database `<warehouse db>_airflow` on the warehouse's PostgreSQL (not SQLite:
                SQLite allows no parallel tasks)
  api-server    UI and REST API on 127.0.0.1 (VNDX_AIRFLOW_PORT, default 8080, else a free port),
                simple auth manager, user `admin`, password generated once and printed
  scheduler, dag-processor, triggerer
  redis-server  (Celery only) Debian's, on a free port, with a password, as compose's broker
  workers       (Celery only) `airflow celery worker`, named vndx-worker-<n>: their task
                instances record that host name
  demo site     (registry `demo`) the local site the demo sources crawl

Every port is free-picked except the UI's wish for 8080, so parallel checkouts do not collide.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

from vndx import config
from vndx.orchestration import airflow_settings, bootstrap
from vndx.warehouse.db import warehouse_url

ADMIN = "admin"
PRELOAD_DIR = Path(__file__).resolve().parent / "preload"


class LocalAirflowError(RuntimeError):
    pass


# --- state ----------------------------------------------------------------------------------


def state_dir() -> Path:
    return config.home() / "airflow-local"


def _state_file() -> Path:
    return state_dir() / "state.json"


def load_state() -> dict | None:
    path = _state_file()
    return json.loads(path.read_text()) if path.exists() else None


def _save_state(state: dict) -> None:
    path = _state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, indent=2))
    tmp.chmod(0o600)
    tmp.replace(path)


def _start_time(pid: int) -> str | None:
    """The kernel's start time of a process: with the pid, it names the process we started
    (a pid alone may have been reused by someone else's process since)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _alive(proc: dict) -> bool:
    return _start_time(proc["pid"]) == proc["start"]


def running() -> dict | None:
    """The state of a running local Airflow (its api-server alive), else None."""
    state = load_state()
    if state and state.get("processes", {}).get("api-server") and _alive(state["processes"]["api-server"]):
        return state
    return None


# --- ports, secrets, databases ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers bind: TIME_WAIT is free
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _ui_port() -> int:
    wanted = config.settings().airflow_port
    return wanted if _port_is_free(wanted) else free_port()


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def metadata_database(warehouse_url: str) -> str:
    """URL of Airflow's metadata database beside the warehouse (created if missing)."""
    name = (urlsplit(warehouse_url).path.lstrip("/") or "vndx") + "_airflow"
    try:
        with psycopg.connect(_with_database(warehouse_url, "postgres"), autocommit=True, connect_timeout=10) as conn:
            if not conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone():
                conn.execute(f'create database "{name}"')
    except psycopg.Error as exc:
        raise LocalAirflowError(f"cannot create Airflow's metadata database {name}: {exc}") from exc
    return _with_database(warehouse_url, name)


def drop_metadata_database(warehouse_url: str) -> None:
    name = (urlsplit(warehouse_url).path.lstrip("/") or "vndx") + "_airflow"
    with psycopg.connect(_with_database(warehouse_url, "postgres"), autocommit=True, connect_timeout=10) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


def _secrets(previous: dict | None) -> dict[str, str]:
    """Generated once per state dir, kept (0600) so a restart keeps the login and the keys."""
    if previous and previous.get("secrets"):
        return previous["secrets"]
    return {
        "admin_password": secrets.token_urlsafe(12),
        "jwt_secret": secrets.token_urlsafe(32),
        "api_secret_key": secrets.token_urlsafe(32),
        "fernet_key": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "redis_password": secrets.token_urlsafe(16),
    }


# --- the environment --------------------------------------------------------------------------


def _environment(state: dict) -> dict[str, str]:
    """os.environ + the source-of-truth settings for this deployment + where its local parts are."""
    s = state["secrets"]
    celery = state["executor"] == "CeleryExecutor"
    deployment = airflow_settings.Deployment(
        executor=state["executor"],
        dags_folder=str(config.REPO_ROOT / "dags"),
        warehouse_url=state["warehouse_url"],
        metadata_url=airflow_settings.metadata_url(state["metadata_db"]),
        broker_url=f"redis://:{s['redis_password']}@127.0.0.1:{state['ports']['redis']}/0" if celery else None,
        result_backend=airflow_settings.celery_result_backend(state["metadata_db"]) if celery else None,
        execution_api_url=f"http://127.0.0.1:{state['ports']['api']}/execution/",
        retry_delay_seconds=state["retry_delay_seconds"],
    )
    home = Path(state["airflow_home"])
    env = dict(os.environ)
    env.update(airflow_settings.airflow_environment(deployment))
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "VNDX_HOME": str(config.home()),
            "VNDX_SOURCES": state["sources"],
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(state["ports"]["api"]),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{state['ports']['api']}",
            "AIRFLOW__API__WORKERS": "1",  # one machine, two cores: one uvicorn worker is plenty
            "AIRFLOW__API_AUTH__JWT_SECRET": s["jwt_secret"],
            "AIRFLOW__API__SECRET_KEY": s["api_secret_key"],
            "AIRFLOW__CORE__FERNET_KEY": s["fernet_key"],
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{ADMIN}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
            "AIRFLOW__CORE__HOSTNAME_CALLABLE": "vndx.orchestration.airflow_settings.worker_hostname",
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(state["ports"]["worker_logs"]),
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(state["ports"]["trigger_logs"]),
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            # airflow_local_settings: the scheduler imports the task runtime, Cosmos and dbt before
            # forking its workers, so each task does not import them again (preload/ says why)
            "PYTHONPATH": os.pathsep.join(p for p in (str(PRELOAD_DIR), env.get("PYTHONPATH")) if p),
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }
    )
    if state.get("demo_base_url"):
        env["VNDX_DEMO_BASE_URL"] = state["demo_base_url"]
    env.update(state.get("extra_env") or {})
    return env


@contextlib.contextmanager
def environ_overrides(values: dict[str, str]):
    """This process's environment with ``values`` set, restored on exit (the in-process Airflow
    and dbt calls of bench/ and tests/distributed/ read their settings from os.environ)."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def environment() -> dict[str, str]:
    """The environment of the running local Airflow (for `vndx airflow cli ...`)."""
    state = load_state()
    if not state:
        raise LocalAirflowError("no local Airflow here: run `make airflow` first")
    return _environment(state)


# --- processes --------------------------------------------------------------------------------


def _start(state: dict, name: str, cmd: list[str], env: dict[str, str]) -> None:
    logs = state_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / f"{name}.log").open("ab") as log:
        # own session = own process group: down() and the tests stop it with its children
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=config.REPO_ROOT, start_new_session=True)
    state["processes"][name] = {"pid": proc.pid, "start": _start_time(proc.pid), "cmd": cmd[:3]}
    _save_state(state)


def _wait_http(url: str, what: str, state: dict, name: str, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # loopback only
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if not _alive(state["processes"][name]):
                raise LocalAirflowError(f"{what} exited; see {state_dir() / 'logs' / (name + '.log')}") from None
            time.sleep(1)
    raise LocalAirflowError(f"{what} did not answer at {url} within {timeout:.0f} s")


def up(
    executor: str = "LocalExecutor",
    workers: int = 0,
    triggerer: bool = True,
    retry_delay_seconds: int = airflow_settings.RETRY_DELAY_SECONDS,
    extra_env: dict[str, str] | None = None,
    echo=print,
) -> dict:
    """Start (or find running) the local Airflow; returns its state."""
    if (state := running()) is not None:
        echo(f"[airflow] already running: {state['ui_url']}")
        return state
    down(quiet=True)  # leftovers of a crashed start
    if executor == "CeleryExecutor" and not shutil.which("redis-server"):
        raise LocalAirflowError("redis-server is missing: `make test-distributed` installs Debian's redis-server")
    previous = load_state()
    url = warehouse_url(start=True)
    home = state_dir() / "home"
    home.mkdir(parents=True, exist_ok=True)
    state = {
        "executor": executor,
        "warehouse_url": url,
        "metadata_db": metadata_database(url),
        "airflow_home": str(home),
        "sources": config.settings().sources,
        "retry_delay_seconds": retry_delay_seconds,
        # without a triggerer, vndx_transform's watchers run on workers (vndx.pipeline.marts)
        "extra_env": (extra_env or {}) | ({} if triggerer else {"VNDX_DBT_WATCH_IN_TRIGGERER": "0"}),
        "secrets": _secrets(previous),
        "ports": {"api": _ui_port(), "redis": free_port(), "worker_logs": free_port(), "trigger_logs": free_port()},
        "processes": {},
    }
    state["ui_url"] = f"http://127.0.0.1:{state['ports']['api']}"
    (home / "passwords.json").write_text(json.dumps({ADMIN: state["secrets"]["admin_password"]}))
    (home / "passwords.json").chmod(0o600)
    _save_state(state)
    env = _environment(state)

    echo(f"[airflow] bootstrap ({executor}); logs in {state_dir() / 'logs'}")
    bootstrap.init_all(env, url, state_dir() / "logs", echo=echo)
    try:
        if state["sources"] != "live":  # the demo registry, or a folder that may use ${VNDX_DEMO_BASE_URL}
            port = config.demo_port() if _port_is_free(config.demo_port()) else free_port()
            state["demo_base_url"] = f"http://127.0.0.1:{port}"
            _start(state, "demo-site", [sys.executable, "-m", "vndx.cli", "demo-site", "--port", str(port)], env)
            env = _environment(state)
        if executor == "CeleryExecutor":
            redis_dir = state_dir() / "redis"
            redis_dir.mkdir(exist_ok=True)
            _start(state, "redis", ["redis-server", "--bind", "127.0.0.1", "--port", str(state["ports"]["redis"]),
                                    "--requirepass", state["secrets"]["redis_password"], "--save", "",
                                    "--appendonly", "no", "--dir", str(redis_dir)], env)
        _start(state, "api-server", ["airflow", "api-server", "--host", "127.0.0.1",
                                     "--port", str(state["ports"]["api"]), "--workers", "1"], env)
        _start(state, "scheduler", ["airflow", "scheduler"], env)
        _start(state, "dag-processor", ["airflow", "dag-processor"], env)
        if triggerer:
            _start(state, "triggerer", ["airflow", "triggerer"], env)
        for n in range(1, workers + 1 if executor == "CeleryExecutor" else 1):
            name = f"vndx-worker-{n}"
            _start(state, name, ["airflow", "celery", "worker", "--celery-hostname", f"{name}@%h",
                                 "--skip-serve-logs"], {**env, "VNDX_WORKER_HOSTNAME": name})
        if state.get("demo_base_url"):
            _wait_http(state["demo_base_url"] + "/robots.txt", "the demo site", state, "demo-site", 60)
        _wait_http(state["ui_url"] + "/api/v2/version", "the api-server", state, "api-server")
        exited = [n for n, p in state["processes"].items() if not _alive(p)]
        if exited:
            raise LocalAirflowError(f"exited at start: {', '.join(exited)}; see {state_dir() / 'logs'}")
    except BaseException:
        down(quiet=True)
        raise
    echo(f"[airflow] UI {state['ui_url']}  login {ADMIN} / {state['secrets']['admin_password']}")
    return state


def _session_members(sid: int) -> list[int]:
    """Every process of session `sid`. Each part is started as its own session, and Airflow puts
    each task runner in a process group of its own, but inside the same session."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:
            members.append(int(stat.parent.name))
    return members


def _signal_session(sid: int, sig: int) -> None:
    for pid in _session_members(sid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)


def stop_process(proc: dict, sig: int = signal.SIGTERM) -> None:
    """Signal a process we started and everything in its session (checked by pid and start time:
    while its leader lives, a session id cannot belong to anyone else)."""
    if _alive(proc):
        _signal_session(proc["pid"], sig)


def down(quiet: bool = False, timeout: float = 30) -> list[str]:
    """Stop every process `up()` recorded, with everything in their sessions; returns their names."""
    state = load_state()
    if not state or not state.get("processes"):
        return []
    procs = state["processes"]
    # workers first (warm shutdown of their tasks), the scheduler, then the rest
    order = sorted(procs, key=lambda n: (not n.startswith("vndx-worker"), n != "scheduler"))
    stopped = [n for n in order if _alive(procs[n])]
    for name in stopped:
        _signal_session(procs[name]["pid"], signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(_session_members(procs[n]["pid"]) for n in stopped):
        time.sleep(0.5)
    # what is left (also task runners whose leader already exited: the session, alive when we
    # began, cannot have been reused while it still has members)
    for name in stopped:
        _signal_session(procs[name]["pid"], signal.SIGKILL)
    state["processes"] = {}
    _save_state(state)
    if not quiet:
        print(f"[airflow] stopped: {', '.join(stopped) or 'nothing was running'}")
    return stopped
