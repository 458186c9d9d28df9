"""Reference data read from the dbt seeds in ``dbt_project/seeds/``: the indicator catalog, the
provinces of both eras, their lineage, and the merger rule (`era_of`).

On 1 July 2025 the 63 provinces merged into 34. Which set a fact's province must come from is
decided here and nowhere else: the extractor (gazetteer), the GX facts suite (handed these sets
and `era_of` as data) and dbt (whose seeds `tests/reference/test_province_files.py` compares with
this module) all follow it.

The seeds directory is found relative to this file; set ``VNDX_SEEDS_DIR`` to read another copy.
Everything here is small, immutable and cached: the CSVs are the single source of truth.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vndx.config import settings

MERGER_DATE = dt.date(2025, 7, 1)  # the 34 provinces are in force from this day
# Thừa Thiên Huế became the centrally-run city of Huế on this day; before it, "thành phố Huế" was a city inside the
# province (Resolution 175/2024/QH15)
HUE_CITY_DATE = dt.date(2025, 1, 1)
PRE_MERGER, MERGER_YEAR, POST_MERGER = "pre_merger", "merger_year", "post_merger"

def seeds_dir() -> Path:
    """Directory holding the reference CSVs (``VNDX_SEEDS_DIR`` overrides the repository copy)."""
    return settings().seeds_dir


@dataclass(frozen=True)
class Province:
    """One of the 63 provinces in force until 30 June 2025, with its successor among the 34."""

    gso_code: str
    slug: str
    name_vi: str
    kind: str
    successor_2025_slug: str
    successor_2025_name_vi: str
    iso_3166_2: str = ""  # e.g. VN-54 (Bắc Giang), VN-HN (Hà Nội): what map tools key provinces by


@dataclass(frozen=True)
class Indicator:
    """One catalog indicator. ``code`` is the public contract; ``topic`` groups the codes that share
    phrasings (a rank and a score of the same index), ``measure`` says which reading of a number it
    takes (value, rank, change, attainment)."""

    code: str
    pillar: str
    unit: str
    valid_min: float | None
    valid_max: float | None
    higher_is_better: bool
    name_vi: str
    name_en: str
    example_phrase_vi: str
    topic: str
    measure: str


def _float(text: str | None) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def _read(name: str) -> list[dict[str, str]]:
    path = seeds_dir() / name
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=4)
def _provinces(directory: str) -> tuple[Province, ...]:
    return tuple(
        Province(
            gso_code=row["gso_code"],
            slug=row["slug"],
            name_vi=row["name_vi"],
            kind=row["kind"],
            successor_2025_slug=row["successor_2025_slug"],
            successor_2025_name_vi=row["successor_2025_name_vi"],
            iso_3166_2=row.get("iso_3166_2") or "",
        )
        for row in _read("provinces_2024.csv")
    )


@lru_cache(maxsize=4)
def _indicators(directory: str) -> tuple[Indicator, ...]:
    out = []
    for row in _read("indicators.csv"):
        unit = row["unit"]
        measure = (row.get("measure") or "").strip() or {
            "rank": "rank",
            "score_delta": "change",
            "rank_delta": "change",
        }.get(unit, "value")
        out.append(
            Indicator(
                code=row["code"],
                pillar=row["pillar"],
                unit=unit,
                valid_min=_float(row.get("valid_min")),
                valid_max=_float(row.get("valid_max")),
                higher_is_better=(row.get("higher_is_better", "true").strip().lower() == "true"),
                name_vi=row["name_vi"],
                name_en=row["name_en"],
                example_phrase_vi=row.get("example_phrase_vi") or "",
                topic=(row.get("topic") or "").strip() or row["code"],
                measure=measure,
            )
        )
    return tuple(out)


def load_provinces() -> list[Province]:
    """The 63 provinces of ``provinces_2024.csv`` (each with its successor among the 34)."""
    return list(_provinces(str(seeds_dir())))


def load_indicators() -> list[Indicator]:
    """The indicator catalog of ``indicators.csv``, in file order."""
    return list(_indicators(str(seeds_dir())))


def provinces_2025() -> list[tuple[str, str]]:
    """The 34 provinces in force from 1 July 2025 as (slug, name_vi), derived from the successors."""
    seen: dict[str, str] = {}
    for p in load_provinces():
        seen.setdefault(p.successor_2025_slug, p.successor_2025_name_vi)
    return list(seen.items())


def provinces_63() -> frozenset[str]:
    """Slugs of the 63 provinces in force until 30 June 2025."""
    return frozenset(p.slug for p in load_provinces())


def provinces_34() -> frozenset[str]:
    """Slugs of the 34 provinces in force from 1 July 2025."""
    return frozenset(p.successor_2025_slug for p in load_provinces())


def lineage() -> dict[str, str]:
    """Each of the 63 provinces -> the one of the 34 it became part of (itself when it kept its code)."""
    return {p.slug: p.successor_2025_slug for p in load_provinces()}


def iso_3166_2_by_entity() -> dict[str, tuple[str, str]]:
    """`<slug>@<era>` -> (ISO 3166-2 code, basis) for the provinces of both eras.

    The 63: their ISO 3166-2:VN codes (basis "iso"). The 34: this reference data holds no ISO code
    published for the merged provinces, so each takes the code of the predecessor whose name it
    keeps (Huế: Thừa Thiên Huế's VN-26), basis "same_name_predecessor": a convention that lets a
    map keyed by the old codes place it, not an official code."""
    old = {p.slug: p.iso_3166_2 for p in load_provinces()}
    codes = {f"{slug}@63": (code, "iso") for slug, code in old.items()}
    for new, members in _members().items():
        keeper = new if new in members else next(m for m in members if m.endswith("-" + new))
        codes[f"{new}@34"] = (old[keeper], "same_name_predecessor")
    return codes


def _members() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for old, new in lineage().items():
        out.setdefault(new, []).append(old)
    return out


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def era_of(period: object, published: dt.date | None = None, out_of: object = None) -> str | None:
    """Which province set a fact for `period` may use: PRE_MERGER (the 63) for periods up to 2024,
    POST_MERGER (the 34) from 2026, MERGER_YEAR (either) for 2025. A 2024 value published on or
    after the merger, or ranked out of 34, is transitional like 2025 (DTI 2024 was published on
    2025-10-21 for the 34 merged provinces). None when the period is unknown."""
    if _missing(period):
        return None
    year = int(period)  # type: ignore[call-overload]
    if year == 2024 and ((isinstance(published, dt.date) and published >= MERGER_DATE)
                         or (not _missing(out_of) and int(out_of) == 34)):  # type: ignore[call-overload]
        return MERGER_YEAR
    if year <= 2024:
        return PRE_MERGER
    return MERGER_YEAR if year == 2025 else POST_MERGER


def provinces_by_era() -> dict[str, frozenset[str]]:
    """The province slugs a fact of each era may name."""
    before, after = provinces_63(), provinces_34()
    return {PRE_MERGER: before, MERGER_YEAR: before | after, POST_MERGER: after}


def rank_denominators_by_era() -> dict[str, frozenset[int]]:
    """How many provinces a ranking of each era is out of (63, 34, or either in the merger year)."""
    before, after = len(provinces_63()), len(provinces_34())
    return {PRE_MERGER: frozenset({before}), MERGER_YEAR: frozenset({before, after}),
            POST_MERGER: frozenset({after})}
