"""Whole HTML page -> article (title, main text, publication date) with trafilatura.

Pages from the pipeline arrive already decoded (with the charset the crawl recorded, see
`vndx.parse.page`); bytes (a file given to `vndx extract`) are decoded by the crawl's own decoder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

from scrapers.charset import decode
from vndx.extract.periods import dateline
from vndx.extract.text import fold


class ArticleParseError(ValueError):
    """The page has no article body that main-text extraction can find."""


@dataclass
class Article:
    title: str | None
    text: str
    published: dt.date | None
    published_basis: str  # "metadata" (htmldate/trafilatura), "dateline" (in the text) or "none"


def _to_text(html: bytes | str) -> str:
    return html if isinstance(html, str) else decode(html).text


def parse_article(html: bytes | str, url: str | None = None) -> Article:
    """Main text of a page (recall-oriented, tables kept), its title and publication date.

    Never raises on broken HTML; raises ``ArticleParseError`` when no body text is found.
    """
    page = _to_text(html)
    if not page.strip():
        raise ArticleParseError(f"empty page{' at ' + url if url else ''}")
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            favor_recall=True,
            include_tables=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml failures on hostile markup
        raise ArticleParseError(f"main-text extraction failed{' for ' + url if url else ''}: {exc}") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ArticleParseError(f"no article body found{' at ' + url if url else ''}")
    title = getattr(doc, "title", None) or None
    published, basis = None, "none"
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published, basis = dt.date.fromisoformat(str(raw_date)[:10]), "metadata"
        except ValueError:
            published = None
    if published is None:
        published = dateline(fold(text))
        basis = "dateline" if published else "none"
    return Article(title=title, text=text, published=published, published_basis=basis)
