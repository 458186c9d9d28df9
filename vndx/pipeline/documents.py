"""Landed pages -> documents (raw.documents) -> fact candidates (raw.fact_candidates).

Everything here reads the raw store (the WARC archive, or the legacy gzip store) and the warehouse
only: no network. Each page is decoded once with the charset the crawl recorded, parsed
(`vndx.parse`), its facts extracted (`vndx.extract`, or read off the tables of a ranking page)
and written (`vndx.warehouse.writes`).
Re-running a batch replaces each document's rows, so it never adds duplicates.
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
    documents: int = 0
    facts: int = 0
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


def process_batch(
    conn, source, batch_id: str, raw_root: str, fetched_on: dt.date | None = None, latest_only: bool = False
) -> ParseOutcome:
    """Parse every landed page of the batch and extract its facts into raw.fact_candidates."""
    outcome = ParseOutcome(batch_id=batch_id, source_id=source.id)
    for ref in landed_pages(conn, batch_id, latest_only):
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
                           document=document, parser_version=PARSER_VERSION, batch_id=batch_id)
    return writes.replace_fact_candidates(conn, doc_id=doc_id, source=source, batch_id=batch_id, url=url,
                                          published=document.published, facts=facts,
                                          extractor_version=EXTRACTOR_VERSION)
