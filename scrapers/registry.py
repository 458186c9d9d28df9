"""The source registry: one YAML file per source under `scrapers/sources/<registry>/`.

Adding a site is a data change. `${NAME}` / `${NAME:-default}` in a YAML value is replaced from the
environment (the demo registry uses `${VNDX_DEMO_BASE_URL}`, default `http://127.0.0.1:8765`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

SOURCES_DIR = Path(__file__).parent / "sources"
KINDS = ("portal", "newspaper", "ranking")
ENV_DEFAULTS = {"VNDX_DEMO_BASE_URL": "http://127.0.0.1:8765"}
_VAR = re.compile(r"\$\{([A-Z0-9_]+)(?::-([^}]*))?\}")


class RegistryError(ValueError):
    """A source file is malformed (the file, and the key when there is one, are in the message).

    Not worth retrying: the file stays wrong until someone edits it."""


# Every key a source file may have; anything else (a typo such as `discovey:`) is an error, not
# a silently ignored key that surfaces later as "site drift: no links".
SOURCE_KEYS = frozenset({
    "id", "publisher", "kind", "province", "homepage", "base_urls", "allowed_domains", "discovery",
    "crawl_delay", "checked", "article_url_pattern", "content_selector", "title_selector",
    "date_selector", "relevance_filter", "notes",
})
DISCOVERY_KEYS = frozenset({"feeds", "sitemaps", "listings", "article_urls"})


@dataclass(frozen=True)
class Listing:
    """A listing page: links to articles, optionally items with a date, and a "next page" link."""

    url: str
    link_selector: str = "a"
    item_selector: str | None = None  # when set, link_selector/date_selector apply inside each item
    date_selector: str | None = None
    next_selector: str | None = None
    max_pages: int = 5


@dataclass(frozen=True)
class Discovery:
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[Listing, ...] = ()
    article_urls: tuple[str, ...] = ()  # fixed pages (e.g. a ranking page per year)


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    kind: str
    province: str | None
    base_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    discovery: Discovery
    crawl_delay: float = 1.0
    checked: bool = False
    article_url_pattern: str | None = None
    content_selector: str | None = None  # the article body (parsing keeps only it; the crawl checks it)
    relevance_filter: bool = True
    notes: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def allows(self, url: str) -> bool:
        """Is the URL's host one of this source's domains (or a subdomain of one)?"""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def is_article_url(self, url: str) -> bool:
        return self.article_url_pattern is None or re.search(self.article_url_pattern, url) is not None


def _substitute(value: Any) -> Any:
    if isinstance(value, str):
        def repl(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            got = os.environ.get(name) or (default if default is not None else ENV_DEFAULTS.get(name))
            if got is None:
                raise RegistryError(f"environment variable {name} is not set")
            return got.rstrip("/")

        return _VAR.sub(repl, value)
    if isinstance(value, list):
        return [_substitute(v) for v in value]
    if isinstance(value, dict):
        return {k: _substitute(v) for k, v in value.items()}
    return value


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _check_keys(data: dict[str, Any], allowed: frozenset[str], where: str, prefix: str = "") -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise RegistryError(f"{where}: unknown key {', '.join(prefix + k for k in unknown)}"
                            f" (allowed: {', '.join(sorted(allowed))})")


def source_from_dict(data: dict[str, Any], *, where: str = "<dict>") -> Source:
    _check_keys(data, SOURCE_KEYS, where)
    try:
        data = _substitute(data)
    except RegistryError as exc:
        raise RegistryError(f"{where}: {exc}") from None
    missing = [k for k in ("id", "publisher", "kind", "base_urls") if not data.get(k)]
    if missing:
        raise RegistryError(f"{where}: missing {', '.join(missing)}")
    if data["kind"] not in KINDS:
        raise RegistryError(f"{where}: kind must be one of {KINDS}, got {data['kind']!r}")
    base_urls = _as_tuple(data["base_urls"])
    disc = data.get("discovery") or {}
    if not isinstance(disc, dict):
        raise RegistryError(f"{where}: discovery must be a mapping, got {type(disc).__name__}")
    _check_keys(disc, DISCOVERY_KEYS, where, prefix="discovery.")
    listings = []
    for item in disc.get("listings") or []:
        if isinstance(item, str):
            item = {"url": item}
        try:
            listings.append(Listing(**item))
        except TypeError as exc:
            raise RegistryError(f"{where}: bad listing {item!r}: {exc}") from exc
    discovery = Discovery(
        feeds=_as_tuple(disc.get("feeds")),
        sitemaps=_as_tuple(disc.get("sitemaps")),
        listings=tuple(listings),
        article_urls=_as_tuple(disc.get("article_urls")),
    )
    domains = _as_tuple(data.get("allowed_domains")) or tuple(
        sorted({(urlsplit(u).hostname or "").lower() for u in base_urls})
    )
    known = {f for f in Source.__dataclass_fields__ if f not in ("extra",)}
    extra = {k: v for k, v in data.items() if k not in known}  # allowed but unused (homepage)
    return Source(
        id=str(data["id"]),
        publisher=str(data["publisher"]),
        kind=str(data["kind"]),
        province=data.get("province") or None,
        base_urls=base_urls,
        allowed_domains=tuple(d.lower() for d in domains),
        discovery=discovery,
        crawl_delay=_number(data.get("crawl_delay", 1.0), "crawl_delay", where),
        checked=bool(data.get("checked", False)),
        article_url_pattern=data.get("article_url_pattern"),
        content_selector=data.get("content_selector"),
        relevance_filter=bool(data.get("relevance_filter", data["kind"] != "ranking")),
        notes=data.get("notes"),
        extra=extra,
    )


def registry_folder(registry: str = "demo") -> Path:
    """`demo`/`live` (under scrapers/sources/), or a folder path."""
    folder = Path(registry) if os.sep in registry or registry.startswith(".") else SOURCES_DIR / registry
    if not folder.is_dir():
        raise RegistryError(f"no source registry {registry!r} (looked in {folder})")
    return folder


def source_files(registry: str = "demo") -> list[Path]:
    """One file per source, sorted; the source id is the file name (not parsed here, so a broken
    file still has an id, and fails only its own task)."""
    return sorted(registry_folder(registry).glob("*.yml"))


def source_ids(registry: str = "demo") -> list[str]:
    return [path.stem for path in source_files(registry)]


def load_source_file(path: Path) -> Source:
    """One source file; a RegistryError names the file (and the line or key that is wrong)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RegistryError(f"{path}:{at} malformed YAML: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise RegistryError(f"{path}: not a mapping")
    src = source_from_dict(data, where=str(path))
    if src.id != path.stem:
        raise RegistryError(f"{path}: id {src.id!r} must equal the file name")
    return src


def load_sources(registry: str = "demo", errors: list[RegistryError] | None = None) -> list[Source]:
    """Every source of a registry (`demo` or `live`, or a folder path), sorted by id.

    Raises on the first broken file, unless `errors` is given: then broken files are appended
    to it and the others are returned."""
    sources = []
    for path in source_files(registry):
        try:
            sources.append(load_source_file(path))
        except RegistryError as exc:
            if errors is None:
                raise
            errors.append(exc)
    return sources


def get_source(source_id: str, registry: str = "demo") -> Source:
    """One source by id: reads only its own file, so another broken file does not matter."""
    path = registry_folder(registry) / f"{source_id}.yml"
    if not path.is_file():
        raise KeyError(source_id)
    return load_source_file(path)


def _number(value: Any, key: str, where: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise RegistryError(f"{where}: {key} must be a number, got {value!r}") from None
