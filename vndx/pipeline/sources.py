"""Land the source registry in `raw.sources` (publisher, kind, province) for the marts."""

from __future__ import annotations


def land_registry(conn, sources, registry: str) -> int:
    """Upsert every source of the registry; returns how many. Re-running adds no row."""
    rows = [
        (s.id, registry, s.publisher, s.kind, s.province, s.base_urls[0] if s.base_urls else None,
         bool(s.checked), s.crawl_delay)
        for s in sources
    ]
    with conn.cursor() as cur:
        cur.executemany(
            """
            insert into raw.sources (source_id, registry, publisher, source_kind, province_slug, base_url,
                is_checked, crawl_delay_s)
            values (%s, %s, %s, %s, %s, %s, %s, %s)
            on conflict (source_id) do update set
                registry = excluded.registry, publisher = excluded.publisher,
                source_kind = excluded.source_kind, province_slug = excluded.province_slug,
                base_url = excluded.base_url, is_checked = excluded.is_checked,
                crawl_delay_s = excluded.crawl_delay_s, loaded_at = now()
            """,
            rows,
        )
    conn.commit()
    return len(rows)
