-- The source registry (scrapers/sources/<registry>/*.yml) as the pipeline last loaded it, so the
-- marts can name each source's publisher. Upserted by the prepare_warehouse task.
create table if not exists raw.sources (
    source_id text primary key,
    registry text not null,                  -- demo | live | a folder
    publisher text not null,
    source_kind text not null,               -- portal | newspaper | ranking
    province_slug text,                      -- null for national sources
    base_url text,
    is_checked boolean not null,             -- verified against the real site
    crawl_delay_s double precision,
    loaded_at timestamptz not null default now()
);
