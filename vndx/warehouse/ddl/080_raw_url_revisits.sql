-- The revisit policy's state (scrapers/revisit.py): one row per article URL the crawl fetched,
-- upserted after each fetch. Discovery pages have no row: they are fetched on every run.
create table if not exists raw.url_revisits (
    url text primary key,
    source_id text not null,
    last_fetched_at timestamptz not null,    -- last request for the URL (the crawl's clock)
    interval_days integer not null,          -- 1, 2, 4 ... up to the cap; reset when the page changed
    next_due_on date not null,               -- UTC day from which the schedule asks for it again
    last_outcome text not null,              -- ok | not_modified | error class of the last fetch
    content_sha256 text,                     -- last good capture (null: never landed well)
    last_good_at timestamptz,                -- last fetch that landed (200) or confirmed (304) it
    last_changed_at timestamptz,             -- last fetch whose content differed from the one before
    seen_title text,                         -- what discovery showed for the URL at that fetch:
    seen_published date,                     --   title, publication date,
    seen_updated text,                       --   sitemap lastmod / feed updated, as written
    updated_at timestamptz not null default now()
);
create index if not exists url_revisits_source on raw.url_revisits (source_id, next_due_on);

-- Migration of a warehouse crawled before the policy: each article URL's latest good landing
-- becomes its state (interval 1 day from that landing), so the first run after the upgrade does
-- not re-read the archive. Runs only while the table is empty (every DDL file is applied on
-- every run; this keeps the scan of raw.page_urls to the first time).
do $$
begin
    if not exists (select 1 from raw.url_revisits) then
        insert into raw.url_revisits (url, source_id, last_fetched_at, interval_days, next_due_on,
                                      last_outcome, content_sha256, last_good_at)
        select distinct on (pu.url) pu.url, pu.source_id, pu.fetched_at, 1,
               (pu.fetched_at at time zone 'UTC')::date + 1, 'ok', pu.content_sha256, pu.fetched_at
        from raw.page_urls pu
        where pu.role = 'article' and pu.error_class is null
        order by pu.url, pu.fetched_at desc
        on conflict (url) do nothing;
    end if;
end
$$;
