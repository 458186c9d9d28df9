"""The Superset dashboard bundle (bi/superset/dashboard/) is consistent and zips with the URI injected.

Runs in the main venv (PyYAML only); the import into a real Superset and the browser check are
bi/superset/up.sh and bi/superset/browser_test.py (`make bi`, `make test-bi`).
"""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "bi/superset/dashboard"
SPEC = importlib.util.spec_from_file_location("vndx_superset_bundle", REPO / "bi/superset/bundle.py")
bundle = importlib.util.module_from_spec(SPEC)
sys.modules[SPEC.name] = bundle
SPEC.loader.exec_module(bundle)

URI = "postgresql+psycopg2://bi_reader:p%40ss@db.example:5432/vndx"


def load(kind: str) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((SOURCE / kind).rglob("*.yaml"))]


def test_references_between_files_resolve():
    (database,) = load("databases")
    datasets = {d["uuid"]: d for d in load("datasets")}
    charts = {c["uuid"]: c for c in load("charts")}
    (dashboard,) = load("dashboards")
    assert all(d["database_uuid"] == database["uuid"] for d in datasets.values())
    assert all(c["dataset_uuid"] in datasets for c in charts.values())
    placed = {n["meta"]["uuid"]: n["meta"]["chartId"] for n in dashboard["position"].values()
              if isinstance(n, dict) and n.get("type") == "CHART"}
    assert set(placed) == set(charts), "every chart on the dashboard, nothing dangling"
    assert len(set(placed.values())) == len(placed)
    for node_id, node in dashboard["position"].items():
        if isinstance(node, dict) and node.get("type") == "ROW":
            assert sum(dashboard["position"][c]["meta"]["width"] for c in node["children"]) <= 12, node_id
        for child in node.get("children", []) if isinstance(node, dict) else []:
            assert child in dashboard["position"], f"{node_id} -> {child}"
    natives = dashboard["metadata"]["native_filter_configuration"]
    assert len({n["id"] for n in natives}) == len(natives)
    for native in natives:
        assert native["filterType"] == "filter_select"
        target = native["targets"][0]
        assert target["datasetUuid"] in datasets
        column = target["column"]["name"]
        assert column in {c["column_name"] for c in datasets[target["datasetUuid"]]["columns"]}
        # each filter acts on the charts of its own dataset, and on no other chart
        in_scope = set(placed.values()) - set(native["scope"]["excluded"])
        own_ids = [placed[u] for u, c in charts.items() if c["dataset_uuid"] == target["datasetUuid"]]
        assert in_scope == set(own_ids) == set(native["chartsInScope"]), native["name"]


def test_map_and_provenance_panels():
    """The Country Map keys the 63 areas by ISO 3166-2 code and the dashboard says that a 34-province
    map is missing; the "Nguồn số liệu" table shows the conflict flag, evidence, URL and capture."""
    charts = {c["slice_name"]: c for c in load("charts")}
    datasets = {d["uuid"]: d for d in load("datasets")}
    (dashboard,) = load("dashboards")
    country = charts["Bản đồ DTI theo tỉnh"]["params"]
    assert (country["viz_type"], country["select_country"], country["entity"]) == ("country_map", "vietnam",
                                                                                      "iso_3166_2")
    assert "rpt_dti_map" in datasets[charts["Bản đồ DTI theo tỉnh"]["dataset_uuid"]]["sql"]
    notes = " ".join(n["meta"].get("code", "") for n in dashboard["position"].values()
                     if isinstance(n, dict) and n.get("type") == "MARKDOWN")
    assert "chưa có bản đồ 34 tỉnh/thành" in notes
    table = charts["Nguồn số liệu"]
    assert {"conflict", "evidence", "document_url", "capture_id", "role"} <= set(table["params"]["all_columns"])
    assert "rpt_value_provenance" in datasets[table["dataset_uuid"]]["sql"]


def test_charts_use_columns_and_metrics_of_their_dataset():
    datasets = {d["uuid"]: d for d in load("datasets")}
    for chart in load("charts"):
        dataset = datasets[chart["dataset_uuid"]]
        columns = {c["column_name"] for c in dataset["columns"]}
        metrics = {m["metric_name"] for m in dataset["metrics"]}
        params = chart["params"]
        used_cols = set(params.get("all_columns", [])) | set(params.get("groupby", [])) \
            | set(params.get("groupbyRows", [])) | set(params.get("groupbyColumns", []))
        for key in ("x_axis", "entity"):  # entity: the Country Map's ISO code column
            if params.get(key):
                used_cols.add(params[key])
        assert used_cols <= columns, (chart["slice_name"], used_cols - columns)
        used_metrics = set(params.get("metrics", [])) | ({params["metric"]} if "metric" in params else set())
        assert used_metrics <= metrics, (chart["slice_name"], used_metrics - metrics)


def test_datasets_read_only_published_schemas():
    for dataset in load("datasets"):
        sql = dataset["sql"].lower()
        assert "marts." in sql or "audit." in sql
        for schema in ("raw.", "quarantine.", "staging.", "intermediate.", "reference."):
            assert f" {schema}" not in sql, (dataset["table_name"], schema)


def test_no_password_committed():
    (database,) = load("databases")
    assert ":XXXXXXXXXX@" in database["sqlalchemy_uri"]


def test_bundle_injects_the_uri_into_the_zip_only(tmp_path):
    out = bundle.build(URI, tmp_path / "b.zip")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert "vndx_dashboard/metadata.yaml" in names
        assert len([n for n in names if n.startswith("vndx_dashboard/charts/")]) == len(load("charts"))
        db = yaml.safe_load(archive.read("vndx_dashboard/databases/vndx_warehouse.yaml"))
        dash = yaml.safe_load(archive.read("vndx_dashboard/dashboards/chuyen_doi_so_cap_tinh.yaml"))
        meta = yaml.safe_load(archive.read("vndx_dashboard/metadata.yaml"))
    assert meta["type"] == "assets"  # import_bundle.py overwrites datasets and charts too
    assert db["sqlalchemy_uri"] == URI
    assert dash["dashboard_title"] == "Chuyển đổi số cấp tỉnh"
    assert "p%40ss" not in (SOURCE / "databases/vndx_warehouse.yaml").read_text()


def test_dashboard_kind_is_importable_from_the_ui(tmp_path):
    out = bundle.build(URI, tmp_path / "d.zip", kind="dashboard")
    with zipfile.ZipFile(out) as archive:
        assert yaml.safe_load(archive.read("vndx_dashboard/metadata.yaml"))["type"] == "Dashboard"


@pytest.mark.parametrize("uri", [
    "postgresql+psycopg2://vndx:pw@db:5432/vndx",  # the owner: not read-only
    "mysql://bi_reader:pw@db/vndx",
    "postgresql+psycopg2://bi_reader:pw@db:5432/",
])
def test_bundle_refuses_other_connections(tmp_path, uri):
    with pytest.raises(ValueError):
        bundle.build(uri, tmp_path / "b.zip")
