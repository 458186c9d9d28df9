-- Where each capture lives in the WARC archive (scrapers/landing.py, `vndx raw migrate`).
-- raw.pages: the WARC `response` record that holds the body's bytes (first capture of the content);
-- raw.page_urls: the record of that batch's fetch (a `response`, or a `revisit` when the payload
-- was already archived). File names are relative to the raw root; null: not archived as WARC.
alter table raw.pages add column if not exists warc_filename text;
alter table raw.pages add column if not exists warc_record_offset bigint;
alter table raw.pages add column if not exists warc_record_length bigint;
alter table raw.page_urls add column if not exists warc_filename text;
alter table raw.page_urls add column if not exists warc_record_offset bigint;
