-- Validation outcomes (written by vndx.warehouse.writes for the validate stage, vndx.pipeline.validation):
-- quarantined facts and the audit of GX runs.

-- Facts that failed validation, with the names of the failed expectations and a readable reason.
-- Replaced per batch (and per re-validated document), so re-running a batch never adds rows.
-- The candidate's own columns (and its key and indexes) come from raw.fact_candidates.
create table if not exists quarantine.facts (
    like raw.fact_candidates including indexes,
    failed_expectations text[] not null,
    reason text not null,
    quarantined_at timestamptz not null default now()
);
-- a quarantined row may come from a source with no extraction time (unlike a live candidate)
alter table quarantine.facts alter column extracted_at drop not null;

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
