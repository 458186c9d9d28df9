-- What a (batch, suite)'s last recorded validation read: a hash of the batch's rows, the suite's
-- definition and the parameters (vndx/pipeline/validation.py). When a re-run finds the same key
-- it keeps the recorded outcome and writes nothing (raw.facts.loaded_at stays as it was).
-- Null on runs recorded before this column: those batches are validated once more.
alter table audit.validation_runs add column if not exists input_key text;
