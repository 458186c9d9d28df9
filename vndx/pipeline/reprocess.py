"""Re-parse and re-extract everything landed, from the raw store only (no network)."""

from __future__ import annotations

from vndx.warehouse.db import connect


def landed_batches() -> list[dict]:
    """Each URL's latest landing, grouped by batch (so every page is processed exactly once)."""
    with connect() as conn:
        rows = conn.execute(
            """
            with latest as (
                select distinct on (url) url, batch_id, source_id, fetched_at
                from raw.page_urls
                where role = 'article'
                order by url, fetched_at desc
            )
            select batch_id, source_id, min(fetched_at)::date
            from latest group by batch_id, source_id order by 3, 1
            """
        ).fetchall()
    return [
        {"batch_id": b, "source_id": s, "fetched_on": d.isoformat(), "latest_only": True} for b, s, d in rows
    ]
