"""Finding article URLs: RSS/Atom feeds, sitemaps (and indexes, gzipped too), listing pages.

Feeds and sitemaps are parsed with defusedxml (no entity expansion, no external entities). A
relevance predicate on titles/snippets/URL slugs (given by the caller: vndx passes its
digital-transformation keywords, `vndx.relevance.is_relevant`) and a date bound run before any
article page is fetched.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from scrapers import errors
from scrapers.dates import parse_date
from scrapers.fetcher import Fetcher, FetchResult
from scrapers.registry import Listing, Source

MAX_SITEMAP_DEPTH = 3
MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit (uncompressed)


class DiscoveryParseError(ValueError):
    """A feed/sitemap/listing could not be parsed (unsafe XML, bad gzip, not XML at all)."""


@dataclass
class Link:
    url: str
    title: str | None = None
    published: date | None = None
    snippet: str | None = None
    via: str = "listing"  # feed | sitemap | listing | fixed
    # When the source says the page last changed, as written (a sitemap's <lastmod>, an Atom
    # entry's <updated>, an RSS item's atom:updated / dc:modified): the revisit policy's signal.
    updated: str | None = None


@dataclass
class Discovered:
    links: list[Link] = field(default_factory=list)  # every distinct link found (before filters)
    kept: list[Link] = field(default_factory=list)
    irrelevant: list[Link] = field(default_factory=list)
    out_of_range: list[Link] = field(default_factory=list)
    off_source: list[Link] = field(default_factory=list)


OnFetch = Callable[[FetchResult, "tuple[str, str] | None"], None]
Relevant = Callable[..., bool]  # (title, snippet, URL path words) -> is the link on topic?


def normalize_url(url: str) -> str:
    """Drop the fragment; keep the query (portals often put the article id there)."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _text(el, name: str) -> str | None:
    for child in el:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


def _xml_root(body: bytes):
    if body[:2] == b"\x1f\x8b":
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            body = inflater.decompress(body, MAX_XML_BYTES)
        except zlib.error as exc:
            raise DiscoveryParseError(f"bad gzip: {exc}") from exc
        if inflater.unconsumed_tail:
            raise DiscoveryParseError(f"gzipped XML inflates beyond {MAX_XML_BYTES} bytes")
    try:
        return SafeET.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise DiscoveryParseError(f"unsafe XML refused ({type(exc).__name__})") from exc
    except SafeET.ParseError as exc:
        raise DiscoveryParseError(f"not well-formed XML: {exc}") from exc


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """RSS 2.0 / RSS 1.0 / Atom items -> links with title, date and summary."""
    root = _xml_root(body)
    links = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":
            url = _text(el, "link") or _text(el, "guid")
            published = _text(el, "pubdate") or _text(el, "date")
            updated = _text(el, "updated") or _text(el, "modified")
            snippet = _text(el, "description")
        elif name == "entry":
            url = None
            for child in el:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    url = child.get("href")
                    break
            published = _text(el, "published") or _text(el, "updated")
            updated = _text(el, "updated")
            snippet = _text(el, "summary") or _text(el, "content")
        else:
            continue
        if url:
            if snippet and "<" in snippet:
                snippet = BeautifulSoup(snippet, "html.parser").get_text(" ", strip=True)
            links.append(Link(normalize_url(urljoin(base_url, url)), _text(el, "title"),
                              parse_date(published), snippet, "feed", updated))
    return links


def parse_sitemap(body: bytes, base_url: str) -> tuple[list[Link], list[str]]:
    """A urlset -> links (with lastmod / news:title); a sitemapindex -> child sitemap URLs."""
    root = _xml_root(body)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        return [], [urljoin(base_url, loc) for sm in root if (loc := _text(sm, "loc"))]
    if kind != "urlset":
        raise DiscoveryParseError(f"not a sitemap: root element <{kind}>")
    links = []
    for entry in root:
        loc = _text(entry, "loc")
        if not loc:
            continue
        lastmod = _text(entry, "lastmod")
        title, published = None, lastmod
        for child in entry:
            if _local(child.tag) == "news":
                title = _text(child, "title") or title
                published = _text(child, "publication_date") or published
        links.append(Link(normalize_url(urljoin(base_url, loc)), title, parse_date(published), None,
                          "sitemap", lastmod))
    return links, []


def parse_listing(html: str | bytes, listing: Listing, page_url: str) -> tuple[list[Link], str | None]:
    """Links (with item dates when configured) and the next page's URL."""
    soup = BeautifulSoup(html, "html.parser")
    links: list[Link] = []
    items = soup.select(listing.item_selector) if listing.item_selector else [soup]
    for item in items:
        anchors = item.select(listing.link_selector)
        if listing.item_selector:
            anchors = anchors[:1]
        for a in anchors:
            href = a.get("href")
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            published = None
            snippet = None
            if listing.item_selector:
                if listing.date_selector and (d := item.select_one(listing.date_selector)):
                    published = parse_date(d.get("datetime") or d.get_text(" ", strip=True))
                snippet = item.get_text(" ", strip=True)
            links.append(Link(normalize_url(urljoin(page_url, href)), a.get_text(" ", strip=True) or None,
                              published, snippet, "listing"))
    next_url = None
    if listing.next_selector and (nxt := soup.select_one(listing.next_selector)) and nxt.get("href"):
        next_url = normalize_url(urljoin(page_url, nxt["href"]))
    return links, next_url


def in_range(published: date | None, since: date | None, until: date | None) -> bool:
    if published is None:
        return True  # unknown dates are kept: the article page will tell
    return (since is None or published >= since) and (until is None or published <= until)


def first_request_url(source: Source) -> str:
    """The URL `discover` asks for first (its first feed, else sitemap, else listing; a source
    of fixed pages only starts at them): its host's robots.txt is the crawl's first request."""
    firsts = [*source.discovery.feeds, *source.discovery.sitemaps,
              *(lst.url for lst in source.discovery.listings), *source.discovery.article_urls]
    return firsts[0] if firsts else source.base_urls[0]


def discover(source: Source, fetcher: Fetcher, *, since: date | None = None, until: date | None = None,
             on_fetch: OnFetch | None = None, relevant: Relevant | None = None) -> Discovered:
    """Run the source's discovery and split the links into kept / irrelevant / out of range.

    `relevant` is applied to sources with `relevance_filter` (all but ranking pages); without
    it every in-range link is kept."""
    on_fetch = on_fetch or (lambda _r, _e: None)
    found: dict[str, Link] = {}

    def add(links: list[Link]) -> None:
        for link in links:
            prior = found.get(link.url)
            if prior is None:
                found[link.url] = link
            else:  # keep the richest metadata
                prior.title = prior.title or link.title
                prior.published = prior.published or link.published
                prior.snippet = prior.snippet or link.snippet
                prior.updated = prior.updated or link.updated

    for url in source.discovery.article_urls:
        add([Link(normalize_url(url), None, None, None, "fixed")])
    for url in source.discovery.feeds:
        result = fetcher.fetch(url, allowed=source.allows, delay=source.crawl_delay)
        _parse_logged(result, on_fetch, lambda b, u=url: add(parse_feed(b, u)))
    queue = [(u, 0) for u in source.discovery.sitemaps]
    seen_maps: set[str] = set()
    while queue:
        url, depth = queue.pop(0)
        if url in seen_maps or depth > MAX_SITEMAP_DEPTH:
            continue
        seen_maps.add(url)
        result = fetcher.fetch(url, allowed=source.allows, delay=source.crawl_delay)

        def handle(body: bytes, u: str = url, d: int = depth) -> None:
            links, children = parse_sitemap(body, u)
            add(links)
            queue.extend((c, d + 1) for c in children)

        _parse_logged(result, on_fetch, handle)
    for listing in source.discovery.listings:
        page_url: str | None = listing.url
        visited: set[str] = set()
        while page_url and page_url not in visited and len(visited) < listing.max_pages:
            visited.add(page_url)
            result = fetcher.fetch(page_url, allowed=source.allows, delay=source.crawl_delay)
            parsed: list[tuple[list[Link], str | None]] = []
            _parse_logged(result, on_fetch, lambda b, lst=listing, u=page_url, out=parsed: out.append(
                parse_listing(b, lst, u)))
            if not parsed:
                break
            links, page_url = parsed[0]
            links = [lk for lk in links if source.is_article_url(lk.url) and lk.url not in visited]
            add(links)
            dated = [lk.published for lk in links if lk.published]
            if since and dated and max(dated) < since:
                break  # listings run newest first: older pages are out of the backfill window
    out = Discovered(links=list(found.values()))
    for link in out.links:
        if not source.allows(link.url) or not source.is_article_url(link.url):
            out.off_source.append(link)
        elif not in_range(link.published, since, until):
            out.out_of_range.append(link)
        elif relevant and source.relevance_filter and link.via != "fixed" and not relevant(
            link.title, link.snippet, urlsplit(link.url).path.replace("-", " ")
        ):
            out.irrelevant.append(link)
        else:
            out.kept.append(link)
    return out


def _parse_logged(result: FetchResult, on_fetch: OnFetch, parse: Callable[[bytes], None]) -> None:
    """Parse a discovery document; log the fetch with parse_error when the parser refuses it."""
    if not result.ok or result.body is None:
        on_fetch(result, None)
        return
    try:
        parse(result.body)
    except DiscoveryParseError as exc:
        on_fetch(result, (errors.PARSE_ERROR, str(exc)))
        return
    on_fetch(result, None)
