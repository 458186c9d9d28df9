"""Landed pages -> documents (raw.documents) -> fact candidates (raw.fact_candidates).

Everything here reads the raw store (the WARC archive, or the legacy gzip store) and the warehouse
only: no network. Each page is decoded once with the charset the crawl recorded, parsed
(`vndx.parse`), its facts extracted (`vndx.extract`, or read off the tables of a ranking page)
and written (`vndx.warehouse.writes`).
Re-running a batch replaces each document's rows, so it never adds duplicates.

A re-run also skips every page whose result cannot change: its document was already written by
this batch from the same content (`content_sha256`) with the same `PARSER_VERSION`, and its fact
candidates by the same `EXTRACTOR_VERSION` (raw.documents.extractor_version, written in the same
transaction), and the page has no parse error recorded. Why: an unchanged `vndx_pipeline` re-run
lands no new page, yet re-parsing and re-extracting what the batch landed cost half of the first
pass (bench/results/pipeline.json). A version bump (`vndx reprocess` after a parser or extractor
change) differs from what is recorded, so it re-does every page; `force=True` re-does them anyway.
`ParseOutcome.documents` counts the pages parsed by this call, `unchanged` those skipped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from scrapers.landing import read_page
from scrapers.warc import Location
from vndx.extract import EXTRACTOR_VERSION, extract_facts
from vndx.parse import PARSER_VERSION, page_text, parse_article_page, parse_ranking_page
from vndx.pipeline.batches import doc_id_for
from vndx.warehouse import writes

log = logging.getLogger(__name__)


@dataclasses.dataclass
class ParseOutcome:
    batch_id: str
    source_id: str
    documents: int = 0  # pages parsed and extracted by this call
    facts: int = 0  # fact candidates written by this call
    unchanged: int = 0  # pages skipped: already done from the same content and versions
    errors: dict[str, str] = dataclasses.field(default_factory=dict)  # url -> reason

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class LandedPageRef:
    """A page a batch landed: where it was asked for and served from, its content and charset."""

    url: str
    final_url: str
    content_sha256: str
    charset: str | None
    content_type: str | None
    warc_filename: str | None = None  # the WARC response record holding the body (None: legacy store)
    warc_record_offset: int | None = None

    @property
    def warc_location(self) -> Location | None:
        if self.warc_filename is None or self.warc_record_offset is None:
            return None
        return Location(self.warc_filename, self.warc_record_offset, 0)


def landed_pages(conn, batch_id: str, latest_only: bool = False) -> list[LandedPageRef]:
    """Every page the batch landed (200 or confirmed 304), with the charset the crawl recorded.

    With `latest_only`, only the pages for which this batch is the URL's latest landing."""
    rows = conn.execute(
        """
        select p.url, coalesce(p.final_url, p.url), p.content_sha256, pg.charset, pg.content_type,
               pg.warc_filename, pg.warc_record_offset
        from raw.page_urls p
        left join raw.pages pg on pg.content_sha256 = p.content_sha256
        where p.batch_id = %s and p.role = 'article' and p.error_class is null and (not %s or not exists (
            select 1 from raw.page_urls newer
            where newer.url = p.url and newer.fetched_at > p.fetched_at))
        order by p.url
        """,
        (batch_id, latest_only),
    ).fetchall()
    return [LandedPageRef(*r) for r in rows]


def already_done(conn, batch_id: str) -> tuple[dict[str, str], set[str]]:
    """What the batch already did with the current versions: {doc_id: content_sha256} of its
    documents parsed by `PARSER_VERSION` with facts by `EXTRACTOR_VERSION`, and the URLs whose
    last attempt failed (raw.parse_errors)."""
    done = dict(conn.execute(
        "select doc_id, content_sha256 from raw.documents "
        "where batch_id = %s and parser_version = %s and extractor_version = %s",
        (batch_id, PARSER_VERSION, EXTRACTOR_VERSION),
    ).fetchall())
    failed = {u for (u,) in conn.execute("select url from raw.parse_errors where batch_id = %s", (batch_id,))}
    return done, failed


def process_batch(
    conn, source, batch_id: str, raw_root: str, fetched_on: dt.date | None = None, latest_only: bool = False,
    force: bool = False,
) -> ParseOutcome:
    """Parse every landed page of the batch and extract its facts into raw.fact_candidates,
    skipping the pages already done from the same content and versions (unless `force`)."""
    outcome = ParseOutcome(batch_id=batch_id, source_id=source.id)
    done, failed = ({}, set()) if force else already_done(conn, batch_id)
    for ref in landed_pages(conn, batch_id, latest_only):
        if (ref.url not in failed
                and done.get(doc_id_for(ref.final_url or ref.url)) == ref.content_sha256):
            outcome.unchanged += 1
            continue
        try:
            n_facts = _process_page(conn, source, batch_id, ref, raw_root, fetched_on)
        except Exception as exc:  # one bad page must not sink the batch: record and go on
            conn.rollback()  # this page's writes only: every page is its own transaction
            reason = f"{type(exc).__name__}: {exc}"
            log.warning("could not process %s: %s", ref.url, reason)
            outcome.errors[ref.url] = reason
            writes.record_parse_error(conn, batch_id=batch_id, source_id=source.id, url=ref.url,
                                      content_sha256=ref.content_sha256, reason=reason)
            conn.commit()
            continue
        writes.clear_parse_error(conn, batch_id=batch_id, url=ref.url)
        conn.commit()
        outcome.documents += 1
        outcome.facts += n_facts
    if outcome.unchanged:
        log.info("%s: %d pages unchanged (same content, parser and extractor): not parsed again",
                 batch_id, outcome.unchanged)
    return outcome


def _process_page(conn, source, batch_id: str, ref: LandedPageRef, raw_root: str,
                  fetched_on: dt.date | None) -> int:
    url = ref.final_url or ref.url
    page = read_page(raw_root, ref.content_sha256, ref.warc_location)
    html = page_text(page.body, ref.charset, ref.content_type or page.content_type)
    doc_id = doc_id_for(url)
    if source.kind == "ranking":
        document = parse_ranking_page(html, url=url, doc_id=doc_id, fetched_on=fetched_on)
        facts = document.table_facts
    else:
        document = parse_article_page(html, url=url, content_selector=source.content_selector,
                                      fetched_on=fetched_on)
        facts = extract_facts(document.text, doc=doc_id, published=document.published, source_url=url,
                              title=document.title, province_hint=source.province)
    writes.upsert_document(conn, doc_id=doc_id, url=url, source=source, content_sha256=ref.content_sha256,
                           document=document, parser_version=PARSER_VERSION, batch_id=batch_id,
                           extractor_version=EXTRACTOR_VERSION)
    return writes.replace_fact_candidates(conn, doc_id=doc_id, source=source, batch_id=batch_id, url=url,
                                          published=document.published, facts=facts,
                                          extractor_version=EXTRACTOR_VERSION)
