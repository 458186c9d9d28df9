"""docker-compose.yml (the production path) is valid and consistent with the repository.

Docker cannot run on the development machines or CI, so this checks the file statically: the
compose-specification JSON schema (the copy check-jsonschema ships as `vendor.compose-spec`),
every file it references (build contexts, Dockerfiles and what they COPY, bind mounts, scripts run
at /opt/vndx/...), the services the architecture needs with their health checks, a scalable
Celery worker, and secrets only as ${VAR} from .env (each declared in .env.example).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
ENV_EXAMPLE = REPO / ".env.example"
REQUIRED_SERVICES = {
    "postgres", "redis", "airflow-init", "airflow-apiserver", "airflow-scheduler",
    "airflow-dag-processor", "airflow-triggerer", "airflow-worker", "metabase", "superset",
}
ONE_SHOT = {"airflow-init", "metabase-provision"}  # jobs that exit: no health check
SECRET_WORDS = ("PASSWORD", "SECRET", "FERNET", "TOKEN", "_PASS")
VAR = re.compile(r"\$\{([A-Z0-9_]+)(?::?[-?][^}]*)?\}")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def compose_schema() -> dict:
    """check-jsonschema's vendored compose-spec schema, read from its package data."""
    spec = importlib.util.find_spec("check_jsonschema")
    assert spec and spec.origin, "check-jsonschema is not installed"
    path = Path(spec.origin).parent / "builtin_schemas" / "vendor" / "compose-spec.json"
    return json.loads(path.read_text(encoding="utf-8"))


def schema_errors(document: dict) -> list[str]:
    schema = compose_schema()
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(document)]


def test_valid_against_the_compose_specification(compose):
    assert schema_errors(compose) == []


def test_the_schema_check_rejects_a_broken_file(compose):
    broken = json.loads(json.dumps(compose))
    broken["services"]["redis"]["no_such_key"] = True
    assert any("no_such_key" in e for e in schema_errors(broken))
    broken = json.loads(json.dumps(compose))
    broken["services"]["airflow-worker"]["depends_on"] = {"redis": {"condition": "when_ready"}}
    assert schema_errors(broken)


def test_check_jsonschema_cli_validates_the_compose_file():
    cli = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run([str(cli), "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_required_services_have_health_checks(compose):
    services = compose["services"]
    assert REQUIRED_SERVICES <= set(services), REQUIRED_SERVICES - set(services)
    for name, service in services.items():
        if name in ONE_SHOT:
            assert service.get("restart") == "no", name
            continue
        check = service.get("healthcheck") or {}
        assert check.get("test") and not check.get("disable"), f"{name} has no health check"


def test_worker_scales_out(compose):
    worker = compose["services"]["airflow-worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert "celery worker" in " ".join(worker["command"] if isinstance(worker["command"], list)
                                       else [worker["command"]])
    assert not [n for n, s in compose["services"].items() if "container_name" in s]


def airflow_env(compose: dict, service: str) -> dict[str, str]:
    """A service's environment as the container sees it: its env_file(s), then `environment`."""
    spec = compose["services"][service]
    env: dict[str, str] = {}
    for entry in spec.get("env_file", []) or []:
        path = REPO / (entry if isinstance(entry, str) else entry["path"])
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                key, _, value = line.partition("=")
                env[key] = value
    env.update({k: str(v) for k, v in (spec.get("environment") or {}).items()})
    return env


def test_airflow_settings(compose):
    env = airflow_env(compose, "airflow-scheduler")
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__COSMOS__ENABLE_TELEMETRY"] == "False"
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/vndx/dags"
    assert env["VNDX_SOURCES"] == "live"
    assert env["VNDX_WAREHOUSE_URL"].startswith("postgresql://vndx:${VNDX_DB_PASSWORD")
    assert env["VNDX_WAREHOUSE_URL"].endswith("@postgres:5432/vndx")
    assert env["VNDX_RAW_ROOT"]
    # the workers, scheduler and api-server share one image built from the project
    images = {compose["services"][n].get("image") for n in REQUIRED_SERVICES if n.startswith("airflow")}
    assert len(images) == 1
    dockerfile = (REPO / "docker/airflow/Dockerfile").read_text()
    assert re.search(r"^FROM apache/airflow:3\.3\.2-python3\.11$", dockerfile, re.M)
    assert "requirements.lock" in dockerfile and "/opt/vndx" in dockerfile
    init = (REPO / "docker/airflow/init.sh").read_text()
    assert "vndx airflow-init" in init  # migrate, pool, DDL, dbt parse: vndx/orchestration/bootstrap.py


def test_bi_tools_read_the_warehouse_as_bi_reader(compose):
    superset = compose["services"]["superset"]
    assert superset["build"]["dockerfile"] == "docker/superset/Dockerfile"
    assert "bi_reader:" in superset["environment"]["VNDX_BI_URL"]
    provision = compose["services"]["metabase-provision"]["environment"]
    assert provision["VNDX_BI_USER"] == "bi_reader"
    assert "apache/airflow" not in (REPO / "docker/superset/Dockerfile").read_text()


def _repo_path_for(container_path: str) -> Path | None:
    if container_path.startswith("/opt/vndx/"):
        return REPO / container_path.removeprefix("/opt/vndx/")
    return None


def test_referenced_files_exist(compose):
    missing = []
    for name, service in compose["services"].items():
        build = service.get("build")
        if build:
            context = REPO / build.get("context", ".")
            dockerfile = context / build.get("dockerfile", "Dockerfile")
            if not dockerfile.is_file():
                missing.append(f"{name}: {dockerfile}")
                continue
            for line in dockerfile.read_text().splitlines():
                match = re.match(r"^COPY\s+(?:--\S+\s+)*(.+)\s+\S+$", line.strip())
                if match:
                    for source in match.group(1).split():
                        if not (context / source).exists():
                            missing.append(f"{name}: COPY {source}")
                for path in re.findall(r"/opt/vndx/[\w./-]+\.(?:sh|py)", line):
                    if not _repo_path_for(path).is_file():
                        missing.append(f"{name}: {path} (Dockerfile)")
        for env_file in service.get("env_file", []) or []:
            entry = env_file if isinstance(env_file, dict) else {"path": env_file}
            if entry.get("required", True) and not (REPO / entry["path"]).is_file():
                missing.append(f"{name}: env_file {entry['path']}")
        for volume in service.get("volumes", []) or []:
            source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source", "")
            if source.startswith((".", "/")) and not (REPO / source).exists():
                missing.append(f"{name}: mount {source}")
        for key in ("entrypoint", "command"):
            value = service.get(key) or []
            for word in value if isinstance(value, list) else value.split():
                target = _repo_path_for(word)
                if target is not None and not target.is_file():
                    missing.append(f"{name}: {key} {word}")
    assert missing == []


def test_named_volumes_are_declared(compose):
    declared = set(compose.get("volumes") or {})
    used = set()
    for service in compose["services"].values():
        for volume in service.get("volumes", []) or []:
            source = volume.split(":")[0]
            if not source.startswith((".", "/")):
                used.add(source)
    assert used and used <= declared, used - declared


def test_no_secret_values_in_the_compose_file(compose):
    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{where}[{i}]")
        else:
            yield where, node

    leaks = []
    for where, value in walk(compose["services"], "services"):
        key = where.rsplit(".", 1)[-1].upper()
        if isinstance(value, str) and any(w in key for w in SECRET_WORDS) and not VAR.fullmatch(value):
            leaks.append(where)
        # passwords inside URLs must be ${VAR} references too
        for password in re.findall(r"://[^:/@\s]+:([^@\s]+)@", value if isinstance(value, str) else ""):
            if not VAR.fullmatch(password):
                leaks.append(f"{where} (password in URL)")
    assert leaks == []


def test_env_example_declares_every_required_variable():
    text = COMPOSE.read_text(encoding="utf-8")
    required = set(re.findall(r"(?<!\$)\$\{([A-Z0-9_]+):\?", text))
    plain = {m for m in re.findall(r"(?<!\$)\$\{([A-Z0-9_]+)\}", text)}
    declared = set(re.findall(r"^([A-Z0-9_]+)=", ENV_EXAMPLE.read_text(encoding="utf-8"), re.M))
    assert required, "secrets must be required variables (${VAR:?message})"
    assert (required | plain) - declared == set()
    assert ".env" in (REPO / ".gitignore").read_text().split()


def test_scripts_are_valid_bash():
    scripts = [REPO / "docker/airflow/init.sh", REPO / "docker/postgres/initdb/10-databases.sh",
               REPO / "docker/superset/entrypoint.sh"]
    for script in scripts:
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"


def test_airflow_services_match_the_local_path(compose):
    """What `vndx run` sets up locally, compose must set up too: the warehouse connection the
    Cosmos profile reads, the DAG folder, no telemetry, and the bootstrap (pool, DDL, dbt parse)."""
    for name in ("airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-worker"):
        env = airflow_env(compose, name)
        assert env["AIRFLOW_CONN_VNDX_WAREHOUSE"].startswith("postgresql://"), name
        assert env["AIRFLOW_CONN_VNDX_WAREHOUSE"].split("@")[1] == env["VNDX_WAREHOUSE_URL"].split("@")[1]
        assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/vndx/dags"
        assert env["AIRFLOW__COSMOS__ENABLE_TELEMETRY"] == "False"
    init = (REPO / "docker" / "airflow" / "init.sh").read_text()
    assert "vndx airflow-init" in init
    bootstrap = (REPO / "vndx" / "orchestration" / "bootstrap.py").read_text()
    assert '"pools", "set"' in bootstrap and "ensure_schema" in bootstrap and 'run_dbt("parse"' in bootstrap
