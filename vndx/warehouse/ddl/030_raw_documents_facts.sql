-- Articles parsed from landed pages, and the facts extracted from them.

-- One row per article (a landed page with a main text). Re-parsing replaces the row.
create table if not exists raw.documents (
    doc_id text primary key,                 -- stable id: first 16 hex of sha256(url)
    url text not null,
    source_id text not null,
    source_kind text not null,               -- portal | newspaper | ranking
    content_sha256 text not null,            -- the landed page it was parsed from
    title text,
    published_at date,
    published_basis text,                    -- page metadata | dateline | fetch date ...
    province_slug text,                      -- the article's province, when the source has one
    body_text text not null,
    parser_version text not null,
    batch_id text not null,
    parsed_at timestamptz not null default now()
);

-- Every fact the extractor found in a batch, before validation (replaced per document).
create table if not exists raw.fact_candidates (
    fact_id text primary key,                -- hash of the natural key, see vndx.warehouse.writes.fact_id_for
    batch_id text not null,
    doc_id text not null,
    source_id text not null,
    source_kind text not null,
    url text,
    province_slug text,
    indicator_code text,
    period_year integer,
    value double precision,
    unit text,
    out_of integer,
    qualifier text,
    evidence text,
    char_start integer,
    char_end integer,
    extractor_version text not null,
    published_at date,
    extracted_at timestamptz not null default now()
);
create index if not exists fact_candidates_batch on raw.fact_candidates (batch_id);
create index if not exists fact_candidates_doc on raw.fact_candidates (doc_id);

-- Facts that passed validation: the source of the dbt project.
create table if not exists raw.facts (
    fact_id text primary key,
    batch_id text not null,
    doc_id text not null,
    source_id text not null,
    source_kind text not null,
    url text,
    province_slug text not null,
    indicator_code text not null,
    period_year integer not null,
    value double precision not null,
    unit text not null,
    out_of integer,
    qualifier text,
    evidence text not null,
    char_start integer,
    char_end integer,
    extractor_version text not null,
    published_at date,
    loaded_at timestamptz not null default now()
);
create index if not exists facts_doc on raw.facts (doc_id);
create index if not exists facts_loaded_at on raw.facts (loaded_at);

-- Pages that landed but could not be parsed or extracted (broken HTML, no body, ...).
create table if not exists raw.parse_errors (
    batch_id text not null,
    source_id text not null,
    url text not null,
    content_sha256 text,
    error text not null,
    recorded_at timestamptz not null default now(),
    primary key (batch_id, url)
);
