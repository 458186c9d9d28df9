"""The registry lands in raw.sources (dim_source's publisher), idempotently."""

from scrapers.registry import load_sources
from vndx.warehouse.db import connect
from vndx.warehouse.writes import land_registry


def test_registry_lands_once_with_publishers(fresh_db):
    sources = load_sources("demo")
    with connect(fresh_db) as conn:
        assert land_registry(conn, sources, "demo") == len(sources)
        assert land_registry(conn, sources, "demo") == len(sources)
        rows = conn.execute("select source_id, publisher, source_kind, is_checked from raw.sources").fetchall()
    assert len(rows) == len(sources)  # the second landing updated, not added
    by_id = {r[0]: r for r in rows}
    assert by_id["demo-dti"][2] == "ranking"
    assert all(r[1] for r in rows), "every source has a publisher"
