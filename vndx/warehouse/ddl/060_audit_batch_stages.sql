-- What happened to each batch (one source in one data interval) in the latest attempt, stage by
-- stage: crawl -> parse -> validate. Written by vndx.pipeline.outcomes around each task, so a
-- failed source is named with its reason even when the other sources went on; `vndx run` and
-- the DAGs' final `report_sources` task read it. A stage's start deletes its own and the later
-- stages' rows of the batch, so the rows always describe one attempt (no stale "ok" or "failed").
create table if not exists audit.batch_stages (
    batch_id text not null,
    source_id text not null,
    stage text not null,                      -- crawl | parse | validate
    status text not null,                     -- running | ok | failed
    reason text,                              -- failed: the error, one line
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    primary key (batch_id, stage)
);
