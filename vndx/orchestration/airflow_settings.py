"""The one source of truth for how vndx configures Airflow, in every deployment.

`vndx run` (`airflow dags test`, SQLite), `make airflow` (LocalExecutor), `make test-distributed`
(CeleryExecutor, Redis, two workers) and docker-compose (CeleryExecutor) all take their Airflow
environment from `airflow_environment()`, the `vndx_hosts` and `vndx_cpu` pools and the retry policy from the
constants below, and their bootstrap from `vndx airflow-init` (vndx/orchestration/bootstrap.py).
What differs between deployments is only where things are (hosts, ports, folders), the secrets,
and the executor: a `Deployment` names those.

docker-compose reads the generated `docker/airflow/airflow.env` (`vndx airflow-init
--write-compose-env`) for the settings without secrets, and spells the secret-bearing URLs
inline as `${VAR}` references to `.env`; tests/compose/test_airflow_settings_source.py fails
when either drifts from `compose_deployment()`.
"""

from __future__ import annotations

import dataclasses
import socket
from datetime import timedelta
from pathlib import Path

from vndx.config import settings

# --- the pool, the connection, the retry policy ---------------------------------------------

# One slot per host crawled at the same time (each source is one host). 8: enough for the six
# demo sources at once; production raises it by editing this one number.
HOSTS_POOL = "vndx_hosts"
HOSTS_POOL_SLOTS = 8
HOSTS_POOL_DESCRIPTION = "Hosts crawled at the same time"

# The CPU-bound tasks (parse_and_extract, validate) at the same time: as many as the cores
# (VNDX_CPU_POOL_SLOTS). Without it the scheduler started up to 16 of them on 2 cores (~380 MB
# each, load 12-17), and each took 10-60x its standalone time: more at once did not finish sooner.
CPU_POOL = "vndx_cpu"
CPU_POOL_DESCRIPTION = "CPU-bound tasks (parse, validate) at the same time"


def pools() -> list[tuple[str, int, str]]:
    """(name, slots, description) of every pool the DAGs use; `vndx airflow-init` sets them all."""
    return [(HOSTS_POOL, HOSTS_POOL_SLOTS, HOSTS_POOL_DESCRIPTION),
            (CPU_POOL, settings().cpu_pool_slots, CPU_POOL_DESCRIPTION)]

# The warehouse as an Airflow connection (the Cosmos profile of vndx_transform reads it).
WAREHOUSE_CONN_ID = "vndx_warehouse"
WAREHOUSE_CONN_ENV = "AIRFLOW_CONN_" + WAREHOUSE_CONN_ID.upper()

# Every task: 2 retries, exponential backoff from RETRY_DELAY_SECONDS. One-off local runs
# (`vndx run`) and the tests shorten the delay (VNDX_RETRY_DELAY_SECONDS) to fail or recover fast.
RETRIES = 2
RETRY_DELAY_SECONDS = 120
FAST_RETRY_DELAY_SECONDS = 5
RETRY_EXPONENTIAL_BACKOFF = True

# Task slots per Celery worker; scale out with more workers (`--scale airflow-worker=N`).
CELERY_WORKER_CONCURRENCY = 4

EXECUTORS = ("LocalExecutor", "CeleryExecutor")


def retry_delay_seconds() -> int:
    return settings().retry_delay_seconds or RETRY_DELAY_SECONDS


def retry_policy() -> dict:
    """The `default_args` retry part every vndx DAG uses."""
    return {
        "retries": RETRIES,
        "retry_delay": timedelta(seconds=retry_delay_seconds()),
        "retry_exponential_backoff": RETRY_EXPONENTIAL_BACKOFF,
    }


# --- the environment ------------------------------------------------------------------------

# The same in every deployment: no examples, no telemetry, new DAGs paused until someone
# unpauses them (`make airflow` and compose never start a crawl by surprise).
SHARED_ENV = {
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
    "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
    "DO_NOT_TRACK": "1",
    "SCARF_ANALYTICS": "false",
    # A scheduler whose own heartbeat is older than this marks itself failed and resets its running
    # tasks as orphans (adopt_or_reset_orphaned_tasks). The default, 30 s, is shorter than the lag
    # a CPU-starved scheduler showed (32-91 s, bench/pipeline.py at 20,000 pages on 2 cores): it
    # killed its own tasks every few minutes. 300 s matches task_instance_heartbeat_timeout.
    "AIRFLOW__SCHEDULER__SCHEDULER_HEALTH_CHECK_THRESHOLD": "300",
}


@dataclasses.dataclass(frozen=True)
class Deployment:
    """Where one Airflow deployment's parts are. None: that part is not used (e.g. no broker
    without Celery; no metadata URL: Airflow's SQLite under AIRFLOW_HOME, as `airflow dags test`)."""

    executor: str
    dags_folder: str
    warehouse_url: str
    metadata_url: str | None = None
    broker_url: str | None = None
    result_backend: str | None = None
    execution_api_url: str | None = None
    retry_delay_seconds: int = RETRY_DELAY_SECONDS

    def __post_init__(self) -> None:
        if self.executor not in EXECUTORS:
            raise ValueError(f"executor {self.executor!r}: expected one of {EXECUTORS}")
        if self.executor == "CeleryExecutor" and not (self.broker_url and self.result_backend):
            raise ValueError("CeleryExecutor needs a broker URL and a result backend")


def airflow_environment(deployment: Deployment) -> dict[str, str]:
    """The environment variables that configure Airflow (and vndx inside Airflow) for a deployment."""
    env = dict(SHARED_ENV)
    env.update(
        {
            "AIRFLOW__CORE__EXECUTOR": deployment.executor,
            "AIRFLOW__CORE__DAGS_FOLDER": deployment.dags_folder,
            "VNDX_WAREHOUSE_URL": deployment.warehouse_url,
            WAREHOUSE_CONN_ENV: deployment.warehouse_url,
            "VNDX_RETRY_DELAY_SECONDS": str(deployment.retry_delay_seconds),
        }
    )
    if deployment.metadata_url:
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = deployment.metadata_url
    if deployment.execution_api_url:
        env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] = deployment.execution_api_url
    if deployment.executor == "CeleryExecutor":
        env["AIRFLOW__CELERY__BROKER_URL"] = deployment.broker_url or ""
        env["AIRFLOW__CELERY__RESULT_BACKEND"] = deployment.result_backend or ""
        env["AIRFLOW__CELERY__WORKER_CONCURRENCY"] = str(CELERY_WORKER_CONCURRENCY)
    return env


def metadata_url(postgres_url: str) -> str:
    """Airflow's SQLAlchemy URL (psycopg2 driver) for a postgresql:// URL."""
    return "postgresql+psycopg2://" + postgres_url.split("://", 1)[1]


def celery_result_backend(postgres_url: str) -> str:
    """Celery's database result backend in Airflow's metadata database (as compose does)."""
    return "db+postgresql://" + postgres_url.split("://", 1)[1]


# --- docker-compose -------------------------------------------------------------------------

COMPOSE_DAGS_FOLDER = "/opt/vndx/dags"
COMPOSE_ENV_FILE = Path(__file__).resolve().parents[2] / "docker" / "airflow" / "airflow.env"


def compose_deployment() -> Deployment:
    """docker-compose.yml's deployment; secrets are `${VAR}` references to .env."""
    return Deployment(
        executor="CeleryExecutor",
        dags_folder=COMPOSE_DAGS_FOLDER,
        warehouse_url="postgresql://vndx:${VNDX_DB_PASSWORD}@postgres:5432/vndx",
        metadata_url="postgresql+psycopg2://airflow:${AIRFLOW_DB_PASSWORD}@postgres:5432/airflow",
        broker_url="redis://:${REDIS_PASSWORD}@redis:6379/0",
        result_backend="db+postgresql://airflow:${AIRFLOW_DB_PASSWORD}@postgres:5432/airflow",
        execution_api_url="http://airflow-apiserver:8080/execution/",
    )


def compose_env_split() -> tuple[dict[str, str], dict[str, str]]:
    """compose's Airflow environment as (env-file part without secrets, inline `${VAR}` part)."""
    env = airflow_environment(compose_deployment())
    inline = {k: v for k, v in env.items() if "${" in v}
    plain = {k: v for k, v in env.items() if k not in inline}
    return plain, inline


def render_compose_env_file() -> str:
    plain, inline = compose_env_split()
    lines = [
        "# GENERATED by `vndx airflow-init --write-compose-env` from vndx/orchestration/airflow_settings.py:",
        "# do not edit (tests/compose fails when this file or docker-compose.yml drifts from the source).",
        "# The settings with secrets are in docker-compose.yml as ${VAR} references to .env: "
        + ", ".join(sorted(inline)),
    ]
    lines += [f"{key}={value}" for key, value in sorted(plain.items())]
    return "\n".join(lines) + "\n"


def write_compose_env_file(path: Path = COMPOSE_ENV_FILE) -> Path:
    path.write_text(render_compose_env_file(), encoding="utf-8")
    return path


# --- local processes ------------------------------------------------------------------------


def worker_hostname() -> str:
    """`[core] hostname_callable` of the local Celery workers: the name VNDX_WORKER_HOSTNAME gives
    (two workers on one machine would otherwise record the same host in their task instances)."""
    return settings().worker_hostname or socket.getfqdn()
