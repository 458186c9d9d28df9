"""Fault: one broken file in the source registry. Before: the whole registry failed to load (every
source stopped, after ~50 s of retries, with a YAML error naming "<unicode string>"), and a
misspelled key (`discovey:`) was silently ignored until it surfaced as "site drift: no links".
Now: the file and the key (or line) are named, only that source fails, and without retries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scrapers.registry import RegistryError, get_source, load_sources, source_ids

DEMO = Path(__file__).resolve().parents[2] / "scrapers" / "sources" / "demo"


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(DEMO, folder)
    good = (folder / "demo-baobackan.yml").read_text()
    (folder / "broken-yaml.yml").write_text("id: broken-yaml\npublisher: [unclosed\nkind: newspaper\n")
    (folder / "typo-key.yml").write_text(
        good.replace("id: demo-baobackan", "id: typo-key").replace("discovery:", "discovey:"))
    (folder / "typo-nested.yml").write_text(
        good.replace("id: demo-baobackan", "id: typo-nested").replace("  listings:", "  listing:"))
    return folder


def test_every_file_is_listed_even_the_broken_ones(registry):
    ids = source_ids(str(registry))
    assert {"broken-yaml", "typo-key", "typo-nested", "demo-baobackan"} <= set(ids)


def test_malformed_yaml_names_the_file_and_line(registry):
    with pytest.raises(RegistryError) as err:
        get_source("broken-yaml", str(registry))
    assert str(registry / "broken-yaml.yml") in str(err.value)
    assert "line" in str(err.value) and "<unicode string>" not in str(err.value)


@pytest.mark.parametrize(("source_id", "key"), [("typo-key", "discovey"), ("typo-nested", "discovery.listing")])
def test_an_unknown_key_is_an_error_naming_file_and_key(registry, source_id, key):
    with pytest.raises(RegistryError, match=rf"{source_id}\.yml: unknown key {key}\b"):
        get_source(source_id, str(registry))


def test_a_broken_file_does_not_stop_the_others(registry):
    errors: list[RegistryError] = []
    loaded = load_sources(str(registry), errors=errors)
    assert {s.id for s in loaded} == {p.stem for p in DEMO.glob("*.yml")}
    assert len(errors) == 3
    assert get_source("demo-baobackan", str(registry)).publisher  # reads only its own file
    with pytest.raises(RegistryError):
        load_sources(str(registry))  # strict by default (the CLI and tests want the first error)


def test_registry_errors_fail_the_airflow_task_without_retries(registry, monkeypatch):
    """The DAG tasks turn a RegistryError into AirflowFailException: no retry can fix a file."""
    from airflow.sdk.exceptions import AirflowFailException

    from vndx.pipeline import dag_defaults

    monkeypatch.setenv("VNDX_SOURCES", str(registry))
    from vndx.pipeline import tasks

    with pytest.raises(AirflowFailException, match="typo-key.yml: unknown key discovey"):
        with dag_defaults._no_retry_for_permanent_errors():
            tasks._source("typo-key")


def test_the_live_and_demo_registries_have_no_unknown_key():
    assert len(load_sources("demo")) == 6
    assert len(load_sources("live")) == 101
