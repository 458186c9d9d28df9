"""docker-compose.yml's Airflow settings cannot drift from the one source the local paths use
(vndx/orchestration/airflow_settings.py): the generated env file is what the source renders, and
every Airflow service sees exactly the source's value for every key the source sets."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from vndx.orchestration import airflow_settings

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
AIRFLOW_SERVICES = ("airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                    "airflow-triggerer", "airflow-worker")
REQUIRED_MARK = re.compile(r"\$\{([A-Z0-9_]+):\?[^}]*\}")  # ${VAR:?message} means ${VAR}, required


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def container_env(compose: dict, service: str) -> dict[str, str]:
    spec = compose["services"][service]
    env: dict[str, str] = {}
    for entry in spec.get("env_file", []) or []:
        path = REPO / (entry if isinstance(entry, str) else entry["path"])
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                key, _, value = line.partition("=")
                env[key] = value
    env.update({k: REQUIRED_MARK.sub(r"${\1}", str(v)) for k, v in (spec.get("environment") or {}).items()})
    return env


def test_env_file_is_what_the_source_renders():
    on_disk = airflow_settings.COMPOSE_ENV_FILE.read_text(encoding="utf-8")
    assert on_disk == airflow_settings.render_compose_env_file(), (
        "docker/airflow/airflow.env is stale: run `.venv/bin/vndx airflow-init --write-compose-env`")


@pytest.mark.parametrize("service", AIRFLOW_SERVICES)
def test_every_airflow_service_has_the_source_settings(compose, service):
    expected = airflow_settings.airflow_environment(airflow_settings.compose_deployment())
    env = container_env(compose, service)
    assert {k: env.get(k) for k in expected} == expected


def test_the_env_file_holds_no_secret():
    plain, inline = airflow_settings.compose_env_split()
    assert inline and all("${" in v for v in inline.values())
    text = airflow_settings.COMPOSE_ENV_FILE.read_text(encoding="utf-8")
    assert "${" not in "".join(line for line in text.splitlines() if not line.startswith("#"))
    assert not [k for k in plain if any(w in k for w in ("PASSWORD", "SECRET", "FERNET", "CONN"))]
    assert not [v for v in plain.values() if "@" in v]  # no credentials in a URL


def test_a_drifted_compose_file_is_caught(compose):
    """The comparison can fail: change one setting in a copy of compose and it does."""
    drifted = yaml.safe_load(yaml.safe_dump(compose))
    drifted["services"]["airflow-worker"]["environment"]["AIRFLOW__CELERY__BROKER_URL"] = "redis://redis:6379/1"
    expected = airflow_settings.airflow_environment(airflow_settings.compose_deployment())
    env = container_env(drifted, "airflow-worker")
    assert {k: env.get(k) for k in expected} != expected


def test_local_and_compose_deployments_differ_only_in_where_and_executor():
    """Same keys, same shared values: only hosts, ports, folders, secrets and the executor differ."""
    local = airflow_settings.airflow_environment(airflow_settings.Deployment(
        executor="CeleryExecutor", dags_folder="/x/dags", warehouse_url="postgresql://u:p@127.0.0.1:1/w",
        metadata_url="postgresql+psycopg2://u:p@127.0.0.1:1/w_airflow", broker_url="redis://:p@127.0.0.1:2/0",
        result_backend="db+postgresql://u:p@127.0.0.1:1/w_airflow", execution_api_url="http://127.0.0.1:3/execution/",
    ))
    compose = airflow_settings.airflow_environment(airflow_settings.compose_deployment())
    assert set(local) == set(compose)
    for key, value in airflow_settings.SHARED_ENV.items():
        assert local[key] == compose[key] == value
    assert local["AIRFLOW__CELERY__WORKER_CONCURRENCY"] == compose["AIRFLOW__CELERY__WORKER_CONCURRENCY"]


def test_the_dags_use_the_source_pool_and_retry_policy():
    from vndx.pipeline import dag_defaults

    assert dag_defaults.HOSTS_POOL == airflow_settings.HOSTS_POOL
    assert dag_defaults.CPU_POOL == airflow_settings.CPU_POOL
    # every pool a DAG task names is one the bootstrap sets, in every deployment
    assert {dag_defaults.HOSTS_POOL, dag_defaults.CPU_POOL} == {name for name, _, _ in airflow_settings.pools()}
    assert dag_defaults.DEFAULT_ARGS["retries"] == airflow_settings.RETRIES
    assert dag_defaults.DEFAULT_ARGS["retry_exponential_backoff"] is airflow_settings.RETRY_EXPONENTIAL_BACKOFF


def test_the_cpu_pool_has_the_cores_unless_set(monkeypatch):
    from vndx.config import Settings

    assert Settings.from_env({}).cpu_pool_slots == max(1, os.cpu_count() or 2)
    assert Settings.from_env({"VNDX_CPU_POOL_SLOTS": "6"}).cpu_pool_slots == 6
    monkeypatch.setenv("VNDX_CPU_POOL_SLOTS", "3")
    assert (airflow_settings.CPU_POOL, 3, airflow_settings.CPU_POOL_DESCRIPTION) in airflow_settings.pools()
