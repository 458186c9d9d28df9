"""Ranking pages (HTML tables: province x rank x score x sub-indices) -> `vndx.extract.Fact`s.

Columns are recognised from their header text (diacritics-insensitive): rank ("Xếp hạng"),
province ("Tỉnh, thành phố"), the overall DTI value, and the eight DTI main indices. Several tables
on one page (a top-5 table with scores and a full ranking) are merged; a fact appears once.

Facts carry `evidence` = the table row as text ("1 | TP. Đà Nẵng | 0,8002 | ..."), and
`char_start`/`char_end` are offsets of that row in `table_text(html)` (the page's tables rendered
one row per line), which is the "article text" of a ranking document.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import lru_cache

from bs4 import BeautifulSoup

from vndx.extract.fact import Fact
from vndx.extract.text import fold_words as fold
from vndx.reference import load_indicators, load_provinces

log = logging.getLogger(__name__)
EXTRACTOR_VERSION = "tables-1"

# Folded header phrase -> indicator code of the value in that column (longest phrases first).
SCORE_COLUMNS = [
    ("hoat dong chinh quyen so", "dti_gov_activity"),
    ("hoat dong kinh te so", "dti_econ_activity"),
    ("hoat dong xa hoi so", "dti_soc_activity"),
    ("an toan thong tin mang", "cybersecurity_index"),
    ("nhan thuc so", "dti_awareness"),
    ("the che so", "dti_institution"),
    ("ha tang so", "dti_infrastructure"),
    ("nhan luc so", "dti_human_resources"),
    ("chinh quyen so", "dti_digital_government"),
    ("kinh te so", "dti_digital_economy"),
    ("xa hoi so", "dti_digital_society"),
    ("dti", "dti"),
    ("gia tri chi so", "dti"),
    ("diem", "dti"),
]
RANK_WORDS = ("xep hang", "thu hang", "hang", "thu tu xep hang")
PROVINCE_WORDS = ("tinh", "thanh pho", "dia phuong", "don vi")
_PREFIX = re.compile(r"^(tp|thanh pho|tinh)\s+")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def _key(name: str) -> str:
    return _PREFIX.sub("", fold(name)).replace(" ", "")


@lru_cache(maxsize=1)
def _province_index() -> dict[str, str]:
    index: dict[str, str] = {}
    provinces = load_provinces()
    for p in provinces:
        index[_key(p.name_vi)] = p.slug
    for p in provinces:  # 2025 merged names (e.g. "Huế") only when no pre-merger name took the key
        index.setdefault(_key(p.successor_2025_name_vi), p.successor_2025_slug)
    index.setdefault("hcm", "ho-chi-minh")
    index.setdefault("tphcm", "ho-chi-minh")
    index.setdefault("hue", "thua-thien-hue")
    return index


def province_slug(name: str) -> str | None:
    """Slug of a province as printed ("TP. Hồ Chí Minh", "Thừa Thiên - Huế"), or None."""
    return _province_index().get(_key(name))


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    return {i.code: i.unit for i in load_indicators()}


def _cells(row) -> list[str]:
    return [c.get_text(" ", strip=True) for c in row.find_all(["td", "th"])]


def _number(text: str) -> float | None:
    text = text.strip().rstrip("*").strip()
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", "."))


def _columns(header: list[str]) -> dict[int, tuple[str, str]]:
    """Column index -> (role, code): role is rank | province | score | subrank."""
    roles: dict[int, tuple[str, str]] = {}
    for i, text in enumerate(header):
        f = f" {fold(text)} "
        is_rank = any(f" {w} " in f for w in RANK_WORDS) or f.strip() in ("stt", "tt")
        code = next((c for phrase, c in SCORE_COLUMNS if f" {phrase} " in f), None)
        if any(f" {w} " in f for w in PROVINCE_WORDS) and code is None and not is_rank:
            roles[i] = ("province", "")
        elif is_rank and code not in (None, "dti"):
            roles[i] = ("subrank", code)
        elif is_rank:
            roles[i] = ("rank", "dti")
        elif code is not None:
            roles[i] = ("score", code)
    return roles


def _period(soup: BeautifulSoup, url: str, published: date | None) -> int | None:
    for text in [*(h.get_text(" ", strip=True) for h in soup.find_all(["h1", "caption", "title"])), url]:
        m = re.search(r"(?:nam|xep hang|dti)\D{0,3}(20\d{2})", fold(text))
        if m:
            return int(m.group(1))
    return published.year - 1 if published else None  # DTI year N is published in year N+1


def table_text(html: str) -> str:
    """The page's tables, one row per line, cells joined by " | " (the evidence text)."""
    soup = BeautifulSoup(html, "html.parser")
    return "\n".join(" | ".join(_cells(row)) for table in soup.find_all("table") for row in table.find_all("tr"))


def parse_ranking_table(html: str, *, url: str, doc: str, published: date | None) -> list[Fact]:
    """Facts from every ranking table in the page: dti_rank (with out_of = number of ranked
    provinces) for each row, plus dti_score and main-index scores where the table has them."""
    soup = BeautifulSoup(html, "html.parser")
    period = _period(soup, url, published)
    if period is None:
        raise ValueError(f"{url}: cannot tell which year the ranking is for")
    text = table_text(html)
    units = _units()
    rows_out: list[tuple[str, str, float, str]] = []  # province, indicator, value, evidence
    ranked: set[str] = set()
    for table in soup.find_all("table"):
        rows = table.find_all("tr")
        if not rows:
            continue
        roles = _columns(_cells(rows[0]))
        prov_col = next((i for i, (r, _c) in roles.items() if r == "province"), None)
        if prov_col is None or not any(r in ("rank", "score") for r, _c in roles.values()):
            continue
        for row in rows[1:]:
            cells = _cells(row)
            if len(cells) <= prov_col:
                continue
            slug = province_slug(cells[prov_col])
            if slug is None:
                log.warning("%s: unknown province %r in ranking table", url, cells[prov_col])
                continue
            evidence = " | ".join(cells)
            for i, (role, code) in roles.items():
                if role == "province" or i >= len(cells):
                    continue
                value = _number(cells[i])
                if value is None:
                    continue
                indicator = f"{code}_rank" if role in ("rank", "subrank") else f"{code}_score"
                if indicator not in units:
                    continue
                if role == "rank":
                    ranked.add(slug)
                rows_out.append((slug, indicator, value, evidence))
    out_of = len(ranked) or None
    facts, seen = [], set()
    for slug, indicator, value, evidence in rows_out:
        if (slug, indicator) in seen:
            continue
        seen.add((slug, indicator))
        start = text.find(evidence)
        is_rank = units[indicator] == "rank"
        facts.append(Fact(
            doc=doc, province=slug, indicator=indicator, period=period,
            value=float(int(value)) if is_rank else value, unit=units[indicator],
            out_of=out_of if is_rank else None, qualifier=None, evidence=evidence,
            char_start=start if start >= 0 else None,
            char_end=start + len(evidence) if start >= 0 else None,
            extractor_version=EXTRACTOR_VERSION, source_url=url,
            published=published.isoformat() if published else None,
        ))
    return facts
