"""vndx.transform: the dbt profile's environment, and `dbt parse` with no database."""

from __future__ import annotations

import json
from pathlib import Path

from vndx.transform import dbt_env, run_dbt


def test_dbt_env_from_url_decodes_credentials(monkeypatch) -> None:
    monkeypatch.setenv("VNDX_DBT_THREADS", "3")
    env = dbt_env("postgresql://vndx:p%40ss%2Fw@db.example:6543/wh")
    assert env == {
        "VNDX_DBT_HOST": "db.example",
        "VNDX_DBT_PORT": "6543",
        "VNDX_DBT_USER": "vndx",
        "VNDX_DBT_PASSWORD": "p@ss/w",
        "VNDX_DBT_DBNAME": "wh",
        "VNDX_DBT_THREADS": "3",
    }


def test_parse_needs_no_database_and_writes_the_manifest(tmp_path: Path) -> None:
    # a port nothing listens on: parse must not connect (Cosmos loads target/manifest.json)
    result = run_dbt(
        "parse", url="postgresql://nobody:x@127.0.0.1:9/none", check=False, target_path=tmp_path
    )
    assert result.returncode == 0, result.stdout[-3000:]
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    models = {n["name"]: n for n in manifest["nodes"].values() if n["resource_type"] == "model"}
    assert models["fct_indicator_value"]["config"]["contract"]["enforced"] is True
    assert models["fct_indicator_observation"]["config"]["materialized"] == "incremental"
    assert models["dim_province"]["schema"] == "marts"
    assert models["stg_raw__facts"]["schema"] == "staging"
    assert {e["name"] for e in manifest["exposures"].values()} == {
        "superset_cds_cap_tinh", "metabase_cds_cap_tinh",
    }
    for name, node in models.items():
        if node["path"].startswith("marts"):
            assert node["description"], name
            assert all(c["description"] for c in node["columns"].values()), name
