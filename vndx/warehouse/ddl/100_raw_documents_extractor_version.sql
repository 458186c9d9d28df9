-- Which extractor wrote a document's fact candidates, so that re-processing a batch can skip a page
-- whose result cannot change (same content, parser and extractor: vndx/pipeline/documents.py).
-- raw.fact_candidates cannot tell it alone: a document with no facts has no candidate row.
-- Null on documents written before this column: they are re-processed once, then skipped.
alter table raw.documents add column if not exists extractor_version text;
