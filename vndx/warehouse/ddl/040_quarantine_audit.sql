-- Validation outcomes (written by expectations.runner): quarantined facts and the audit of GX runs.

-- Facts that failed validation, with the names of the failed expectations and a readable reason.
-- Replaced per batch (and per re-validated document), so re-running a batch never adds rows.
create table if not exists quarantine.facts (
    fact_id text primary key,
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
    extracted_at timestamptz,
    failed_expectations text[] not null,
    reason text not null,
    quarantined_at timestamptz not null default now()
);
create index if not exists quarantine_facts_batch on quarantine.facts (batch_id);
create index if not exists quarantine_facts_doc on quarantine.facts (doc_id);

-- One row per (batch, suite): the latest GX run for that batch (upserted on re-run).
create table if not exists audit.validation_runs (
    batch_id text not null,
    suite text not null,                      -- pages | articles | facts
    run_at timestamptz not null default now(),
    success boolean not null,                 -- every row passed every expectation
    evaluated integer not null,               -- rows validated
    failed integer not null,                  -- rows failing at least one expectation
    failing_share double precision not null,  -- failed / evaluated (0 for an empty batch)
    max_failing_share double precision,       -- the drift threshold in force (null: none)
    drift_detected boolean not null default false,
    failed_by_expectation jsonb not null default '{}'::jsonb,  -- expectation name -> failing rows
    data_docs_path text,
    gx_version text,
    primary key (batch_id, suite)
);
create index if not exists validation_runs_run_at on audit.validation_runs (run_at);

-- Rows of the pages and articles suites that failed (facts go to quarantine.facts instead).
-- Replaced per (batch, suite).
create table if not exists audit.validation_failures (
    batch_id text not null,
    suite text not null,
    row_key text not null,                    -- pages: url; articles: doc_id
    failed_expectations text[] not null,
    reason text not null,
    recorded_at timestamptz not null default now(),
    primary key (batch_id, suite, row_key)
);
