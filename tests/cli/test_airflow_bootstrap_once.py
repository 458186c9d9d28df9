"""`vndx run` migrates its SQLite Airflow metadata and sets the pool once (two Airflow CLI
start-ups), then skips both on warm runs while nothing they depend on changed."""

from __future__ import annotations

import json

import pytest

from vndx.orchestration import bootstrap


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    made: list[str] = []
    monkeypatch.setattr(bootstrap, "init_metadata", lambda env, log_dir: made.append(env["AIRFLOW_HOME"]))
    return made


def test_first_run_migrates_and_a_warm_run_skips(tmp_path, calls):
    env = {"AIRFLOW_HOME": str(tmp_path)}
    assert bootstrap.init_metadata_once(env, tmp_path) is True
    (tmp_path / "airflow.db").write_bytes(b"")  # what `airflow db migrate` creates
    assert bootstrap.init_metadata_once(env, tmp_path) is False
    assert len(calls) == 1


def test_a_deleted_database_or_another_airflow_version_migrates_again(tmp_path, calls):
    env = {"AIRFLOW_HOME": str(tmp_path)}
    bootstrap.init_metadata_once(env, tmp_path)
    (tmp_path / "airflow.db").write_bytes(b"")
    stamp = tmp_path / "vndx-bootstrap.json"
    old = json.loads(stamp.read_text())
    stamp.write_text(json.dumps({**old, "airflow": "2.0.0"}, sort_keys=True))
    assert bootstrap.init_metadata_once(env, tmp_path) is True
    (tmp_path / "airflow.db").unlink()
    assert bootstrap.init_metadata_once(env, tmp_path) is True
    assert len(calls) == 3


def test_a_metadata_database_that_is_not_a_file_is_always_migrated(tmp_path, calls):
    env = {"AIRFLOW_HOME": str(tmp_path), "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "postgresql://h/airflow"}
    for _ in range(2):
        assert bootstrap.init_metadata_once(env, tmp_path) is True
    assert len(calls) == 2
