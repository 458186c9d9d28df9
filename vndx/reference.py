"""Reference data (provinces, indicators) read from the dbt seeds in ``dbt_project/seeds/``.

The seeds directory is found relative to this file; set ``VNDX_SEEDS_DIR`` to read another copy.
Everything here is small, immutable and cached: the CSVs are the single source of truth.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DEFAULT_SEEDS = Path(__file__).resolve().parent.parent / "dbt_project" / "seeds"


def seeds_dir() -> Path:
    """Directory holding the reference CSVs (``VNDX_SEEDS_DIR`` overrides the repository copy)."""
    override = os.environ.get("VNDX_SEEDS_DIR")
    return Path(override) if override else _DEFAULT_SEEDS


@dataclass(frozen=True)
class Province:
    """One of the 63 provinces in force until 30 June 2025, with its successor among the 34."""

    gso_code: str
    slug: str
    name_vi: str
    kind: str
    successor_2025_slug: str
    successor_2025_name_vi: str


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
