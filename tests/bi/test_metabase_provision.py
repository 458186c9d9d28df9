"""bi/metabase/provision.py against a local stand-in of the Metabase API endpoints it calls.

This is not a real Metabase (its jar cannot run on this machine): the stand-in records requests and
answers like Metabase does, so the test checks the payloads (read-only user, the six questions incl.
the provenance table and the region map, the dashboard cards and filter wiring, the custom GeoJSON
setting) and idempotency (a second run creates nothing new).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("vndx_metabase_provision", REPO / "bi/metabase/provision.py")
provision = importlib.util.module_from_spec(SPEC)
sys.modules[SPEC.name] = provision  # dataclasses look their module up
SPEC.loader.exec_module(provision)

SETUP_TOKEN = "tok-123"
SESSION = "sess-abc"


class FakeMetabase:
    """In-memory state of the objects the provisioning script creates."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict | None, str | None]] = []
        self.user_setup = False
        self.databases: dict[int, dict] = {}
        self.collections: dict[int, dict] = {}
        self.cards: dict[int, dict] = {}
        self.dashboards: dict[int, dict] = {}
        self.settings: dict[str, object] = {}
        self.next_id = 1

    def _new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def handle(self, method: str, path: str, body: dict | None, session: str | None) -> tuple[int, object]:
        self.requests.append((method, path, body, session))
        if path == "/api/health":
            return 200, {"status": "ok"}
        if path == "/api/session/properties":
            return 200, {"setup-token": None if self.user_setup else SETUP_TOKEN,
                         "has-user-setup": self.user_setup}
        if path == "/api/setup" and method == "POST":
            if self.user_setup or body.get("token") != SETUP_TOKEN:
                return 403, {"message": "setup already done or bad token"}
            self.user_setup = True
            self.admin = body["user"]
            return 200, {"id": SESSION}
        if path == "/api/session" and method == "POST":
            ok = body.get("username") == self.admin["email"] and body.get("password") == self.admin["password"]
            return (200, {"id": SESSION}) if ok else (401, {"errors": {"password": "did not match"}})
        if session != SESSION:
            return 401, "Unauthenticated"
        if path.startswith("/api/setting/") and method == "PUT":
            self.settings[path.rsplit("/", 1)[1]] = body["value"]
            return 204, None
        collection = {"/api/database": self.databases, "/api/collection": self.collections,
                      "/api/card": self.cards, "/api/dashboard": self.dashboards}
        base = path.split("?")[0]
        if base in collection and method == "GET":
            items = list(collection[base].values())
            return 200, ({"data": items, "total": len(items)} if base == "/api/database" else items)
        if base in collection and method == "POST":
            new = dict(body, id=self._new_id())
            collection[base][new["id"]] = new
            return 200, new
        prefix, _, ident = base.rpartition("/")
        if prefix in collection and method == "PUT" and ident.isdigit():
            store = collection[prefix]
            if int(ident) not in store:
                return 404, "Not found."
            store[int(ident)].update(body)
            return 200, store[int(ident)]
        return 404, f"no stand-in for {method} {path}"


@pytest.fixture
def metabase():
    fake = FakeMetabase()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            status, answer = fake.handle(self.command, self.path, body, self.headers.get("X-Metabase-Session"))
            if status == 204:  # No Content, as Metabase answers a settings PUT
                self.send_response(status)
                self.end_headers()
                return
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = _serve

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield fake
    server.shutdown()
    server.server_close()


def settings_for(fake: FakeMetabase) -> object:
    return provision.Settings.from_env({
        "METABASE_URL": fake.url, "METABASE_ADMIN_EMAIL": "admin@vndx.local",
        "METABASE_ADMIN_PASSWORD": "s3cret-admin", "VNDX_BI_HOST": "postgres", "VNDX_BI_PORT": "5432",
        "VNDX_BI_PASSWORD": "reader-pw", "VNDX_METABASE_GEOJSON_URL": "http://maps.local/vietnam-63.geojson",
    })


def test_first_run_sets_up_admin_readonly_database_questions_and_dashboard(metabase):
    result = provision.provision(settings_for(metabase), health_timeout=10)

    setup = [body for method, path, body, _ in metabase.requests if path == "/api/setup"]
    assert len(setup) == 1
    assert setup[0]["token"] == SETUP_TOKEN
    assert setup[0]["user"]["email"] == "admin@vndx.local"
    assert setup[0]["prefs"]["allow_tracking"] is False

    # the warehouse, as the read-only role, limited to the published schemas
    (database,) = metabase.databases.values()
    assert database["engine"] == "postgres"
    assert database["details"]["user"] == "bi_reader"
    assert database["details"]["password"] == "reader-pw"
    assert database["details"]["dbname"] == "vndx"
    assert database["details"]["host"] == "postgres"
    assert database["details"]["schema-filters-patterns"] == "marts,audit"

    # six native-SQL questions over the marts and audit schemas, in the vndx collection
    cards = list(metabase.cards.values())
    assert len(cards) == 6
    names = {card["name"] for card in cards}
    assert names == {spec["name"] for spec in provision.QUESTIONS.values()}
    for card in cards:
        query = card["dataset_query"]
        assert query["type"] == "native" and query["database"] == database["id"]
        assert card["collection_id"] == result["collection"]
        sql = query["native"]["query"].lower()
        assert "from marts." in sql or "from audit." in sql
        assert not any(word in sql for word in ("insert ", "update ", "delete ", "drop ")), card["name"]
    sql_by_name = {c["name"]: c["dataset_query"]["native"]["query"] for c in cards}
    assert "marts.rpt_dti_ranking" in sql_by_name["DTI - thứ hạng và điểm theo tỉnh, năm"]
    assert "audit.validation_runs" in sql_by_name["Chất lượng dữ liệu - các lượt kiểm tra gần nhất"]
    provenance = next(c for c in cards if c["name"] == "Nguồn số liệu")
    assert "marts.rpt_value_provenance" in provenance["dataset_query"]["native"]["query"]
    assert all(col in provenance["dataset_query"]["native"]["query"]
               for col in ('"Câu trích dẫn"', '"Địa chỉ bài viết"', '"Xung đột"', '"Bản lưu (WARC)"'))
    # the map: a region map keyed by the ISO 3166-2 codes of the registered GeoJSON (the 63 areas)
    region = metabase.settings["custom-geojson"][provision.MAP_REGION]
    assert (region["url"], region["region_key"]) == ("http://maps.local/vietnam-63.geojson", "ISO")
    (map_card,) = [c for c in cards if c["display"] == "map"]
    assert map_card["visualization_settings"]["map.region"] == provision.MAP_REGION
    assert map_card["visualization_settings"]["map.dimension"] == "ISO 3166-2"
    assert '"ISO 3166-2"' in map_card["dataset_query"]["native"]["query"]
    assert "ranh giới 63 tỉnh cũ" in map_card["name"]  # the missing 34-province map is said
    trends = next(c for c in cards if "{{province}}" in c["dataset_query"]["native"]["query"])
    assert trends["display"] == "line"
    assert trends["dataset_query"]["native"]["template-tags"]["province"]["type"] == "text"

    # the dashboard: every card placed, the province filter wired to the trends question only
    (dashboard,) = metabase.dashboards.values()
    assert dashboard["name"] == "Chuyển đổi số cấp tỉnh"
    dashcards = dashboard["dashcards"]
    assert sorted(dc["card_id"] for dc in dashcards) == sorted(metabase.cards)
    assert all(dc["id"] < 0 and dc["size_x"] > 0 and dc["size_y"] > 0 for dc in dashcards)
    cells = {(r, c) for dc in dashcards for r in range(dc["row"], dc["row"] + dc["size_y"])
             for c in range(dc["col"], dc["col"] + dc["size_x"])}
    assert len(cells) == sum(dc["size_x"] * dc["size_y"] for dc in dashcards), "cards overlap"
    assert all(dc["col"] + dc["size_x"] <= 24 for dc in dashcards)
    params = {p["slug"]: p for p in dashboard["parameters"]}
    wired = {dc["card_id"]: dc["parameter_mappings"] for dc in dashcards if dc["parameter_mappings"]}
    assert wired == {
        trends["id"]: [{"parameter_id": params["province"]["id"], "card_id": trends["id"],
                        "target": ["variable", ["template-tag", "province"]]}],
        map_card["id"]: [{"parameter_id": params["year"]["id"], "card_id": map_card["id"],
                          "target": ["variable", ["template-tag", "year"]]}],
    }
    assert result["url"] == f"{metabase.url}/dashboard/{dashboard['id']}"

    # every call after login carried the session
    after_login = metabase.requests[[p for _, p, _, _ in metabase.requests].index("/api/setup") + 1:]
    assert after_login and all(session == SESSION for _, _, _, session in after_login)


def test_second_run_logs_in_and_updates_in_place(metabase):
    settings = settings_for(metabase)
    first = provision.provision(settings, health_timeout=10)
    metabase.requests.clear()
    second = provision.provision(settings, health_timeout=10)

    paths = [(m, p) for m, p, _, _ in metabase.requests]
    assert ("POST", "/api/setup") not in paths
    assert ("POST", "/api/session") in paths
    assert not [p for m, p in paths if m == "POST" and p != "/api/session"], "a re-run must not create objects"
    assert len(metabase.databases) == 1 and len(metabase.cards) == 6 and len(metabase.dashboards) == 1
    assert second == first


def test_without_geojson_the_map_question_is_a_table_and_the_result_says_so(metabase):
    settings = settings_for(metabase)
    settings.geojson_url = None
    result = provision.provision(settings, health_timeout=10)
    assert "custom-geojson" not in metabase.settings
    (map_card,) = [c for c in metabase.cards.values() if c["name"].startswith("Bản đồ DTI")]
    assert map_card["display"] == "table" and "VNDX_METABASE_GEOJSON_URL" in map_card["description"]
    assert "no map" in result["map"]


def test_refuses_a_write_capable_user(metabase):
    settings = settings_for(metabase)
    settings.bi_user = "vndx"
    with pytest.raises(provision.MetabaseError, match="bi_reader"):
        provision.provision(settings, health_timeout=10)
    assert not metabase.databases


def test_missing_secrets_are_reported():
    with pytest.raises(provision.MetabaseError, match="METABASE_ADMIN_PASSWORD"):
        provision.Settings.from_env({"VNDX_BI_PASSWORD": "x"})
