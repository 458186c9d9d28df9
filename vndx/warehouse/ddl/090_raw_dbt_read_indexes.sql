-- Indexes the dbt project reads raw through, so that a build costs what changed, not what raw holds.

-- dim_period: the first and last year any fact refers to (min/max from the index, not a scan).
create index if not exists facts_period_year on raw.facts (period_year);
-- dim_document (incremental): the documents parsed since its newest parsed_at.
create index if not exists documents_parsed_at on raw.documents (parsed_at);
-- dim_source: each (source_id, source_kind) of the facts with its first URL, one index probe per pair
-- (a skip scan) instead of grouping every fact; entries of one document's facts share a key (deduplicated).
create index if not exists facts_source_kind_url on raw.facts (source_id, source_kind, url);
-- int_batch_counts (batch_quality, incremental): the batches touched since its newest timestamps
-- (fetch_log.requested_at, documents.parsed_at above, facts.loaded_at, quarantined_at, validation
-- run_at already indexed), then their rows by batch_id (fetch_log's and quarantine's keys lead with it).
create index if not exists fetch_log_requested_at on raw.fetch_log (requested_at);
create index if not exists documents_batch on raw.documents (batch_id);
create index if not exists facts_batch on raw.facts (batch_id);
create index if not exists quarantine_facts_quarantined_at on quarantine.facts (quarantined_at);
