"""Provision Metabase over the vndx warehouse through its REST API (standard library only).

    METABASE_URL=http://localhost:3000 METABASE_ADMIN_PASSWORD=... VNDX_BI_PASSWORD=... \\
        python bi/metabase/provision.py

Steps, each idempotent (re-running updates in place, matched by name):
  1. wait for /api/health; first start: the setup token (/api/session/properties) -> POST /api/setup
     creates the admin; later runs log in with POST /api/session
  2. the warehouse as the read-only role `bi_reader` (POST/PUT /api/database), schemas marts + audit
  3. a collection, and the four questions (native SQL cards, bi/metabase/questions/*.sql) mirroring
     the Superset dashboard: DTI ranking, province scorecard, indicator trends, data quality
  4. the dashboard "Chuyển đổi số cấp tỉnh" with the cards, a province filter wired to the trends
     question's {{province}} variable and a year filter wired to the map's {{year}} (PUT
     /api/dashboard/:id with dashcards)
  5. the map: a region map keyed by ISO 3166-2 code needs the 63 provinces' GeoJSON at a URL
     Metabase can fetch (VNDX_METABASE_GEOJSON_URL; e.g. Superset's vietnam.geojson, Apache-2.0,
     served on your network). With it, PUT /api/setting/custom-geojson registers it; without it the
     map question shows as a table and the result says so (`map`). Metabase has no map of the 34
     provinces either: 34-basis years are drawn on the 63 former areas (marts.rpt_dti_map).

Settings (environment): METABASE_URL, METABASE_ADMIN_EMAIL, METABASE_ADMIN_PASSWORD, VNDX_BI_HOST,
VNDX_BI_PORT, VNDX_BI_DATABASE (default vndx), VNDX_BI_USER (default bi_reader), VNDX_BI_PASSWORD,
VNDX_METABASE_GEOJSON_URL (optional, the map's boundaries).
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

QUESTIONS_DIR = Path(__file__).resolve().parent / "questions"
DATABASE_NAME = "vndx warehouse (bi_reader)"
COLLECTION_NAME = "vndx - Chuyển đổi số cấp tỉnh"
DASHBOARD_NAME = "Chuyển đổi số cấp tỉnh"
PROVINCE_PARAMETER_ID = "vndx_province"
YEAR_PARAMETER_ID = "vndx_map_year"
DEFAULT_PROVINCE = "Đắk Lắk"
MAP_REGION = "vndx_vn_provinces_63"  # the custom region map: the 63 provinces before 2025-07-01
MAP_STEM = "60_dti_map"

# file stem -> name, display, visualization settings, dashboard placement (row, col, size_x, size_y)
QUESTIONS = {
    "10_dti_ranking": {
        "name": "DTI - thứ hạng và điểm theo tỉnh, năm",
        "description": "DTI rank and score by province and edition year (63- or 34-province basis).",
        "display": "table",
        "visualization_settings": {},
        "layout": (0, 0, 12, 9),
    },
    "20_province_scorecard": {
        "name": "Bảng điểm tỉnh/thành",
        "description": "Province scorecard: latest DTI rank and score and key rates.",
        "display": "table",
        "visualization_settings": {},
        "layout": (0, 12, 12, 9),
    },
    "30_indicator_trends": {
        "name": "Xu hướng chỉ tiêu (%) của tỉnh được chọn",
        "description": "Percentage indicators of the chosen province, by year.",
        "display": "line",
        "visualization_settings": {
            "graph.dimensions": ["Năm", "Chỉ tiêu"],
            "graph.metrics": ["Giá trị"],
        },
        "layout": (9, 0, 12, 8),
    },
    "40_data_quality": {
        "name": "Chất lượng dữ liệu - các lượt kiểm tra gần nhất",
        "description": "Great Expectations validation runs (audit.validation_runs).",
        "display": "table",
        "visualization_settings": {},
        "layout": (9, 12, 12, 8),
    },
    "50_value_provenance": {
        "name": "Nguồn số liệu",
        "description": "Each consolidated value with its selected and conflicting observations: evidence "
                       "sentence, document URL, publisher, WARC capture (marts.rpt_value_provenance).",
        "display": "table",
        "visualization_settings": {},
        "layout": (17, 0, 24, 10),
    },
    MAP_STEM: {
        "name": "Bản đồ DTI theo tỉnh (ranh giới 63 tỉnh cũ)",
        "description": "DTI score by province for the chosen year (latest by default). Drawn on the 63 former "
                       "provinces' boundaries: no map of the 34 provinces exists here, so a 34-basis year "
                       "colours each former province with its 2025 province's value.",
        "display": "map",
        "visualization_settings": {"map.type": "region", "map.region": MAP_REGION,
                                   "map.dimension": "ISO 3166-2", "map.metric": "Điểm DTI"},
        "layout": (27, 0, 24, 12),
    },
}


class MetabaseError(RuntimeError):
    pass


@dataclass
class Settings:
    url: str
    admin_email: str
    admin_password: str
    bi_host: str
    bi_port: int
    bi_database: str
    bi_user: str
    bi_password: str
    site_name: str = "vndx"
    geojson_url: str | None = None  # the 63 provinces' boundaries (region key ISO, name NAME_1)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        missing = [k for k in ("METABASE_ADMIN_PASSWORD", "VNDX_BI_PASSWORD") if not env.get(k)]
        if missing:
            raise MetabaseError(f"set {', '.join(missing)} in the environment")
        return cls(
            url=env.get("METABASE_URL", "http://localhost:3000").rstrip("/"),
            admin_email=env.get("METABASE_ADMIN_EMAIL", "admin@vndx.local"),
            admin_password=env["METABASE_ADMIN_PASSWORD"],
            bi_host=env.get("VNDX_BI_HOST", "localhost"),
            bi_port=int(env.get("VNDX_BI_PORT", "5432")),
            bi_database=env.get("VNDX_BI_DATABASE", "vndx"),
            bi_user=env.get("VNDX_BI_USER", "bi_reader"),
            bi_password=env["VNDX_BI_PASSWORD"],
            geojson_url=env.get("VNDX_METABASE_GEOJSON_URL") or None,
        )


@dataclass
class Client:
    base: str
    session: str | None = None
    timeout: float = 60
    calls: list[tuple[str, str]] = field(default_factory=list)

    def request(self, method: str, path: str, payload: object | None = None) -> object:
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        req = urllib.request.Request(f"{self.base}{path}", data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if self.session:
            req.add_header("X-Metabase-Session", self.session)
        self.calls.append((method, path))
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                body = resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            raise MetabaseError(f"{method} {path}: HTTP {exc.code}: {detail}") from exc
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return body.decode("utf-8", "replace")

    def get(self, path: str) -> object:
        return self.request("GET", path)

    def post(self, path: str, payload: object) -> object:
        return self.request("POST", path, payload)

    def put(self, path: str, payload: object) -> object:
        return self.request("PUT", path, payload)


def _items(listing: object) -> list[dict]:
    """Metabase list endpoints answer either a list or {"data": [...]}."""
    if isinstance(listing, dict):
        listing = listing.get("data", [])
    return [item for item in listing or [] if isinstance(item, dict)]


def wait_healthy(client: Client, timeout: float = 600, interval: float = 5) -> None:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            health = client.get("/api/health")
            if isinstance(health, dict) and health.get("status") == "ok":
                return
            last = str(health)
        except (MetabaseError, OSError) as exc:
            last = str(exc)
        time.sleep(interval)
    raise MetabaseError(f"Metabase at {client.base} is not healthy: {last}")


def login(client: Client, settings: Settings) -> str:
    """First run: the setup token creates the admin. Later runs: a session for that admin."""
    props = client.get("/api/session/properties")
    props = props if isinstance(props, dict) else {}
    token = props.get("setup-token")
    if token and not props.get("has-user-setup"):
        answer = client.post("/api/setup", {
            "token": token,
            "user": {
                "first_name": "vndx", "last_name": "admin", "email": settings.admin_email,
                "password": settings.admin_password, "site_name": settings.site_name,
            },
            "prefs": {"site_name": settings.site_name, "site_locale": "vi", "allow_tracking": False},
        })
    else:
        answer = client.post("/api/session", {"username": settings.admin_email,
                                               "password": settings.admin_password})
    if not isinstance(answer, dict) or not answer.get("id"):
        raise MetabaseError(f"no session id in the answer: {answer!r}")
    client.session = str(answer["id"])
    return client.session


def database_payload(settings: Settings) -> dict:
    return {
        "name": DATABASE_NAME,
        "engine": "postgres",
        "details": {
            "host": settings.bi_host,
            "port": settings.bi_port,
            "dbname": settings.bi_database,
            "user": settings.bi_user,
            "password": settings.bi_password,
            "ssl": False,
            "tunnel-enabled": False,
            "advanced-options": True,
            "schema-filters-type": "inclusion",
            "schema-filters-patterns": "marts,audit",
        },
        "is_full_sync": True,
        "is_on_demand": False,
        "auto_run_queries": True,
    }


def ensure_database(client: Client, settings: Settings) -> int:
    payload = database_payload(settings)
    if payload["details"]["user"] != "bi_reader":
        raise MetabaseError("Metabase must connect to the warehouse as the read-only role bi_reader")
    existing = [d for d in _items(client.get("/api/database")) if d.get("name") == DATABASE_NAME]
    if existing:
        db_id = int(existing[0]["id"])
        client.put(f"/api/database/{db_id}", payload)
    else:
        db_id = int(client.post("/api/database", payload)["id"])  # type: ignore[index]
    return db_id


def ensure_collection(client: Client) -> int:
    for collection in _items(client.get("/api/collection")):
        if collection.get("name") == COLLECTION_NAME and not collection.get("archived"):
            return int(collection["id"])
    created = client.post("/api/collection", {"name": COLLECTION_NAME, "color": "#509EE3",
                                              "description": "vndx dashboards, provisioned as code"})
    return int(created["id"])  # type: ignore[index]


def ensure_map_region(client: Client, settings: Settings) -> bool:
    """Register the 63 provinces' GeoJSON as a custom region map; False when no URL is configured."""
    if not settings.geojson_url:
        return False
    client.put("/api/setting/custom-geojson", {"value": {MAP_REGION: {
        "name": "Việt Nam - 63 tỉnh/thành (trước 01/07/2025)",
        "url": settings.geojson_url,
        "region_key": "ISO",
        "region_name": "NAME_1",
    }}})
    return True


def card_payload(stem: str, db_id: int, collection_id: int, map_ready: bool = True) -> dict:
    spec = dict(QUESTIONS[stem])
    if stem == MAP_STEM and not map_ready:  # no boundaries to draw: the same rows as a table
        spec.update(display="table", visualization_settings={},
                    description=spec["description"] + " No GeoJSON configured "
                    "(VNDX_METABASE_GEOJSON_URL): shown as a table.")
    sql = (QUESTIONS_DIR / f"{stem}.sql").read_text(encoding="utf-8")
    template_tags = {}
    if "{{year}}" in sql:
        template_tags["year"] = {
            "id": "5c0b9a54-3f0e-4b8e-8f57-6d2c1e9a7b30",
            "name": "year",
            "display-name": "Năm (bản đồ)",
            "type": "number",
            "required": False,
        }
    if "{{province}}" in sql:
        template_tags["province"] = {
            "id": "b1f0c7e2-5d44-4d8e-9a53-2f3a4d8c0a11",
            "name": "province",
            "display-name": "Tỉnh/thành",
            "type": "text",
            "required": True,
            "default": DEFAULT_PROVINCE,
        }
    return {
        "name": spec["name"],
        "description": spec["description"],
        "collection_id": collection_id,
        "display": spec["display"],
        "visualization_settings": spec["visualization_settings"],
        "dataset_query": {
            "type": "native",
            "database": db_id,
            "native": {"query": sql, "template-tags": template_tags},
        },
    }


def ensure_cards(client: Client, db_id: int, collection_id: int, map_ready: bool = True) -> dict[str, int]:
    existing = {(c.get("name"), c.get("collection_id")): int(c["id"])
                for c in _items(client.get("/api/card?f=all")) if not c.get("archived")}
    ids = {}
    for stem in QUESTIONS:
        payload = card_payload(stem, db_id, collection_id, map_ready)
        card_id = existing.get((payload["name"], collection_id))
        if card_id is None:
            card_id = int(client.post("/api/card", payload)["id"])  # type: ignore[index]
        else:
            client.put(f"/api/card/{card_id}", payload)
        ids[stem] = card_id
    return ids


def dashboard_parameters() -> list[dict]:
    return [{
        "id": PROVINCE_PARAMETER_ID,
        "name": "Tỉnh/thành",
        "slug": "province",
        "type": "string/=",
        "sectionId": "string",
        "default": [DEFAULT_PROVINCE],
    }, {
        "id": YEAR_PARAMETER_ID,
        "name": "Năm (bản đồ)",
        "slug": "year",
        "type": "number/=",
        "sectionId": "number",
    }]


def dashcards(card_ids: dict[str, int]) -> list[dict]:
    cards = []
    for n, (stem, card_id) in enumerate(card_ids.items(), start=1):
        row, col, size_x, size_y = QUESTIONS[stem]["layout"]
        mappings = []
        sql = (QUESTIONS_DIR / f"{stem}.sql").read_text(encoding="utf-8")
        for tag, parameter_id in (("province", PROVINCE_PARAMETER_ID), ("year", YEAR_PARAMETER_ID)):
            if "{{" + tag + "}}" in sql:
                mappings.append({"parameter_id": parameter_id, "card_id": card_id,
                                 "target": ["variable", ["template-tag", tag]]})
        cards.append({"id": -n, "card_id": card_id, "row": row, "col": col, "size_x": size_x,
                      "size_y": size_y, "parameter_mappings": mappings, "series": [],
                      "visualization_settings": {}})
    return cards


def ensure_dashboard(client: Client, collection_id: int, card_ids: dict[str, int]) -> int:
    found = [d for d in _items(client.get("/api/dashboard"))
             if d.get("name") == DASHBOARD_NAME and d.get("collection_id") == collection_id
             and not d.get("archived")]
    if found:
        dash_id = int(found[0]["id"])
    else:
        dash_id = int(client.post("/api/dashboard", {  # type: ignore[index]
            "name": DASHBOARD_NAME, "collection_id": collection_id,
            "description": "DTI và các chỉ tiêu chuyển đổi số cấp tỉnh (kho dữ liệu vndx, marts).",
            "parameters": dashboard_parameters(),
        })["id"])
    # PUT replaces the dashboard's cards: negative ids create them afresh, so re-runs do not pile up
    client.put(f"/api/dashboard/{dash_id}", {"parameters": dashboard_parameters(),
                                              "dashcards": dashcards(card_ids)})
    return dash_id


def provision(settings: Settings, client: Client | None = None, health_timeout: float = 600) -> dict:
    client = client or Client(settings.url)
    wait_healthy(client, timeout=health_timeout)
    login(client, settings)
    db_id = ensure_database(client, settings)
    collection_id = ensure_collection(client)
    map_ready = ensure_map_region(client, settings)
    card_ids = ensure_cards(client, db_id, collection_id, map_ready)
    dash_id = ensure_dashboard(client, collection_id, card_ids)
    return {"database": db_id, "collection": collection_id, "cards": card_ids, "dashboard": dash_id,
            "url": f"{settings.url}/dashboard/{dash_id}",
            "map": "region map of the 63 former provinces (ISO 3166-2)" if map_ready
            else "no map: set VNDX_METABASE_GEOJSON_URL (the map question is shown as a table)"}


def main() -> int:
    try:
        result = provision(Settings.from_env())
    except MetabaseError as exc:
        print(f"metabase provisioning failed: {exc}", file=sys.stderr)
        return 1
    print(f"Metabase dashboard: {result['url']} (cards {sorted(result['cards'].values())}); map: {result['map']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
