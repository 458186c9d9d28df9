-- Raw landing: every HTTP attempt, and every distinct page body (the bytes live in the raw store).

-- One row per attempt. Natural key (batch_id, url, attempt): re-running a batch updates, never adds.
create table if not exists raw.fetch_log (
    batch_id text not null,
    source_id text not null,
    url text not null,                       -- the URL asked for (before redirects)
    attempt integer not null,                -- 1 = first try, 2.. = retries of the same URL
    requested_at timestamptz not null,
    status integer,                          -- HTTP status of the last response (null: none)
    error_class text,                        -- null when the page landed cleanly; see scrapers.errors
    error_message text,
    bytes bigint,
    elapsed_ms integer,
    content_sha256 text,                     -- landed body (for a 304: the body it confirmed)
    etag text,
    last_modified text,
    final_url text,                          -- after redirects
    primary key (batch_id, url, attempt)
);
create index if not exists fetch_log_url on raw.fetch_log (url, requested_at desc);
create index if not exists fetch_log_source on raw.fetch_log (source_id, batch_id);

-- One row per distinct body (content-addressed). The bytes + headers are at storage_ref.
create table if not exists raw.pages (
    content_sha256 text primary key,
    first_url text not null,
    last_url text not null,
    content_type text,
    charset text,
    bytes bigint not null,
    storage_ref text not null,
    first_seen_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now()
);

-- Which content each URL served, per batch (a URL can change content between batches).
create table if not exists raw.page_urls (
    batch_id text not null,
    url text not null,
    source_id text not null,
    content_sha256 text not null,
    final_url text,
    fetched_at timestamptz not null,
    primary key (batch_id, url)
);
create index if not exists page_urls_sha on raw.page_urls (content_sha256);
-- role: 'article' (parsed for facts) or 'discovery' (feeds, sitemaps, listings: kept, not parsed);
-- error_class: set when the body landed but is unusable (truncated, duplicate, undecodable...).
alter table raw.page_urls add column if not exists role text not null default 'article';
alter table raw.page_urls add column if not exists error_class text;

-- Source-level failures (site drift: no links discovered, or every article failed).
create table if not exists raw.crawl_errors (
    batch_id text not null,
    source_id text not null,
    error_class text not null,               -- site_drift_no_links | site_drift_all_failed
    error_message text,
    recorded_at timestamptz not null default now(),
    primary key (batch_id, source_id, error_class)
);
