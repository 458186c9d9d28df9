"""Landed pages -> articles (raw.documents) -> fact candidates (raw.fact_candidates).

Everything here reads the raw store and the warehouse only: no network. Re-running a batch
replaces each document's rows, so it never adds duplicates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from collections.abc import Iterable

from vndx.pipeline.batches import doc_id_for

log = logging.getLogger(__name__)

PARSER_VERSION = "trafilatura-2.3/1"


@dataclasses.dataclass
class ParseOutcome:
    batch_id: str
    source_id: str
    documents: int = 0
    facts: int = 0
    errors: dict[str, str] = dataclasses.field(default_factory=dict)  # url -> reason

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def landed_pages(conn, batch_id: str, latest_only: bool = False) -> list[tuple[str, str, str]]:
    """(url, final_url, content_sha256) of every page the batch landed (200 or confirmed 304).

    With `latest_only`, only the pages for which this batch is the URL's latest landing."""
    rows = conn.execute(
        """
        select p.url, coalesce(p.final_url, p.url), p.content_sha256 from raw.page_urls p
        where p.batch_id = %s and p.role = 'article' and p.error_class is null and (not %s or not exists (
            select 1 from raw.page_urls newer
            where newer.url = p.url and newer.fetched_at > p.fetched_at))
        order by p.url
        """,
        (batch_id, latest_only),
    ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def fact_id_for(doc_id: str, fact) -> str:
    key = "|".join(
        str(x)
        for x in (doc_id, fact.province, fact.indicator, fact.period, fact.value, fact.char_start)
    )
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _selected_html(html: bytes, selector: str | None) -> bytes | str:
    """A source's content-selector override: keep only that element (and the page's <head>)."""
    if not selector:
        return html
    from bs4 import BeautifulSoup  # noqa: PLC0415

    soup = BeautifulSoup(html, "html.parser")
    node = soup.select_one(selector)
    if node is None:
        return html
    head = soup.head.decode() if soup.head else ""
    return f"<html>{head}<body>{node.decode()}</body></html>"


def process_batch(
    conn, source, batch_id: str, raw_root: str, fetched_on: dt.date | None = None, latest_only: bool = False
) -> ParseOutcome:
    """Parse every landed page of the batch and extract its facts into raw.fact_candidates."""
    from scrapers.landing import read_page  # noqa: PLC0415

    outcome = ParseOutcome(batch_id=batch_id, source_id=source.id)
    for url, final_url, sha in landed_pages(conn, batch_id, latest_only):
        try:
            page = read_page(raw_root, sha)
            n_facts = _process_page(conn, source, batch_id, final_url or url, sha, page.body, fetched_on)
        except Exception as exc:  # one bad page must not sink the batch: record and go on
            conn.rollback()  # this page's writes only: every page is its own transaction
            reason = f"{type(exc).__name__}: {exc}"
            log.warning("could not process %s: %s", url, reason)
            outcome.errors[url] = reason
            _record_parse_error(conn, batch_id, source.id, url, sha, reason)
            continue
        conn.execute("delete from raw.parse_errors where batch_id = %s and url = %s", (batch_id, url))
        conn.commit()
        outcome.documents += 1
        outcome.facts += n_facts
    return outcome


def _record_parse_error(conn, batch_id: str, source_id: str, url: str, sha: str, reason: str) -> None:
    conn.execute(
        """
        insert into raw.parse_errors (batch_id, source_id, url, content_sha256, error)
        values (%s, %s, %s, %s, %s)
        on conflict (batch_id, url) do update set
            content_sha256 = excluded.content_sha256, error = excluded.error, recorded_at = now()
        """,
        (batch_id, source_id, url, sha, reason[:2000]),
    )
    conn.commit()


def _process_page(conn, source, batch_id, url, sha, body: bytes, fetched_on) -> int:
    from vndx.extract import EXTRACTOR_VERSION, extract_facts, parse_article  # noqa: PLC0415

    doc_id = doc_id_for(url)
    if source.kind == "ranking":
        from scrapers.tables import parse_ranking_table, table_text  # noqa: PLC0415

        title, published, basis = _page_metadata(body, url)
        if published is None:
            published, basis = fetched_on, "fetch date"
        facts = parse_ranking_table(body, url=url, doc=doc_id, published=published, source=source)
        text = table_text(body)
    else:
        article = parse_article(_selected_html(body, getattr(source, "content_selector", None)), url=url)
        title, text = article.title, article.text
        published, basis = article.published, article.published_basis
        if published is None and fetched_on is not None:
            published, basis = fetched_on, "fetch date"
        facts = extract_facts(
            text, doc=doc_id, published=published, source_url=url, title=title, province_hint=source.province
        )
    _upsert_document(conn, doc_id, url, source, sha, title, published, basis, text, batch_id)
    _replace_candidates(conn, doc_id, source, batch_id, url, published, facts, EXTRACTOR_VERSION)
    return len(facts)


def _page_metadata(body: bytes, url: str) -> tuple[str, dt.date | None, str]:
    """Title and publication date of a page that may have no article body (a ranking table)."""
    from vndx.extract import ArticleParseError, parse_article  # noqa: PLC0415

    try:
        article = parse_article(body, url=url)
    except ArticleParseError:
        return url, None, "fetch date"
    return article.title or url, article.published, article.published_basis


def _upsert_document(conn, doc_id, url, source, sha, title, published, basis, text, batch_id) -> None:
    conn.execute(
        """
        insert into raw.documents (doc_id, url, source_id, source_kind, content_sha256, title,
            published_at, published_basis, province_slug, body_text, parser_version, batch_id)
        values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
        on conflict (doc_id) do update set
            url = excluded.url, source_id = excluded.source_id, source_kind = excluded.source_kind,
            content_sha256 = excluded.content_sha256, title = excluded.title,
            published_at = excluded.published_at, published_basis = excluded.published_basis,
            province_slug = excluded.province_slug, body_text = excluded.body_text,
            parser_version = excluded.parser_version, batch_id = excluded.batch_id, parsed_at = now()
        """,
        (doc_id, url, source.id, source.kind, sha, title, published, basis, source.province, text,
         PARSER_VERSION, batch_id),
    )


def _replace_candidates(conn, doc_id, source, batch_id, url, published, facts: Iterable, version) -> None:
    conn.execute("delete from raw.fact_candidates where doc_id = %s", (doc_id,))
    rows = []
    seen = set()
    for fact in facts:
        fid = fact_id_for(doc_id, fact)
        if fid in seen:
            continue
        seen.add(fid)
        rows.append(
            (fid, batch_id, doc_id, source.id, source.kind, url, fact.province, fact.indicator, fact.period,
             fact.value, fact.unit, fact.out_of, fact.qualifier, fact.evidence, fact.char_start, fact.char_end,
             fact.extractor_version or version, published)
        )
    if rows:
        with conn.cursor() as cur:
            cur.executemany(
                """
                insert into raw.fact_candidates (fact_id, batch_id, doc_id, source_id, source_kind, url,
                    province_slug, indicator_code, period_year, value, unit, out_of, qualifier, evidence,
                    char_start, char_end, extractor_version, published_at)
                values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                """,
                rows,
            )
