"""A landed page -> a `Document`: its text decoded once, its title, date and main text.

The crawl records the charset that decoded a page (`raw.pages.charset`, e.g. cp1258 for a legacy
Windows-1258 page); parsing decodes the kept bytes with that charset, once, and every later step
(content selector, trafilatura, ranking tables) works on that text. Only a page without a recorded
charset (landed before charsets were recorded) goes through the crawl's detection again.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from scrapers.charset import decode
from vndx.extract.fact import Fact
from vndx.parse.article import ArticleParseError, parse_article
from vndx.parse.tables import parse_ranking_table, table_text

PARSER_VERSION = "trafilatura-2.3/1"


@dataclass
class Document:
    """What parsing a page yields: the text facts are extracted from, and its metadata."""

    title: str | None
    text: str
    published: dt.date | None
    published_basis: str  # metadata | dateline | fetch date | none
    table_facts: list[Fact] = field(default_factory=list)  # ranking pages: facts read off the tables


def page_text(body: bytes, charset: str | None, content_type: str | None = None) -> str:
    """The page as text, decoded with the charset the crawl recorded (NFC, as the crawl does)."""
    if charset:
        try:
            return unicodedata.normalize("NFC", body.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong record: fall back to detection rather than lose the page
    return decode(body, content_type).text


def select_content(html: str, selector: str | None) -> str:
    """A source's `content_selector`: keep only that element (and the page's <head>)."""
    if not selector:
        return html
    soup = BeautifulSoup(html, "html.parser")
    node = soup.select_one(selector)
    if node is None:
        return html
    head = soup.head.decode() if soup.head else ""
    return f"<html>{head}<body>{node.decode()}</body></html>"


def parse_article_page(html: str, *, url: str, content_selector: str | None,
                       fetched_on: dt.date | None) -> Document:
    """An article page: main text (within the content selector), title, publication date."""
    article = parse_article(select_content(html, content_selector), url=url)
    published, basis = article.published, article.published_basis
    if published is None and fetched_on is not None:
        published, basis = fetched_on, "fetch date"
    return Document(article.title, article.text, published, basis)


def parse_ranking_page(html: str, *, url: str, doc_id: str, fetched_on: dt.date | None) -> Document:
    """A ranking page: its tables as text (one row per line) and the facts read off them."""
    try:
        article = parse_article(html, url=url)
        title, published, basis = article.title or url, article.published, article.published_basis
    except ArticleParseError:  # a page that is only a table: no article body
        title, published, basis = url, None, "fetch date"
    if published is None:
        published, basis = fetched_on, "fetch date"
    facts = parse_ranking_table(html, url=url, doc=doc_id, published=published)
    return Document(title, table_text(html), published, basis, table_facts=facts)
