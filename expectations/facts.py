"""Suite `facts`: indicator facts extracted from one batch (`raw.fact_candidates`).

Single-column rules use standard GX expectations on the fact's own columns. Cross-column rules
use GX column-pair and multicolumn expectations where one exists (unit vs catalog unit, value vs
catalog bounds, rank vs denominator, period vs publication year, unique natural key), on helper
columns that `prepare()` adds from the reference data the caller hands in (`FactReference`: the
catalog, the province sets of each era and the merger rule `era_of`, all from `vndx.reference`).
Two rules that need code (the era-dependent province set and "the evidence contains the number")
are computed into helper columns validated by standard set expectations; the value sets are
readable in Data Docs.

Rules (the `meta.name` of each expectation, see `rules.py`):
- `<column>_present`: province, indicator, period, value, unit and evidence are not null.
- `indicator_in_catalog`: the code is in `indicators.csv`.
- `unit_matches_catalog`: the unit is the catalog unit of the indicator ("%" counts as percent).
- `value_not_below_catalog_min` / `value_not_above_catalog_max`: the catalog range (an empty
  `valid_max` is unbounded: rates stop at 100 unless the catalog allows more, e.g.
  bank_account_adult_rate at 139.5 %; scores are 0-1 by the catalog).
- `whole_number_for_rank_or_count`: ranks and counts are whole numbers.
- `province_valid_for_era`: periods up to 2024 use the 63 provinces, 2026 on the 34 merged ones
  (from 2025-07-01); 2025 accepts either. So does 2024 when the fact was published after the merger
  or is ranked out of 34: DTI 2024 was published on 2025-10-21 for the 34 merged provinces.
- `rank_out_of_province_count`: a rank's denominator is 63 (periods to 2024), 34 (from 2026),
  either for 2025 (and for 2024 in the transitional case above).
- `rank_within_out_of`: rank <= out_of; without a denominator, rank <= 63 (periods to 2025) or 34.
- `part_within_out_of`: an "x/y" count (8/14 targets, 188/188 points) has x <= y.
- `period_in_plausible_range`: 2015 <= period <= the current year;
  `period_not_after_publication`: period <= the publication year (when known).
- `evidence_contains_value`: the evidence contains the number as written in Vietnamese
  ("0,5320", "1.954.846", "58,9", "48/63"; see `numbers.py`); facts with qualifier `derived`
  (computed by the extractor, e.g. last year's rank from "tăng 10 bậc") are exempt.
- `evidence_offsets_ordered`: char_end >= char_start.
- `natural_key_unique`: (doc_id, province, indicator, period, value) is unique within the batch.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from expectations import numbers
from expectations.rules import named
from expectations.suite import Suite

SUITE = "facts"
ROW_ID = "fact_id"
FIRST_PERIOD = 2015
WHOLE_UNITS = {"rank", "count", "rank_delta"}
UNIT_ALIASES = {"%": "percent", "pct": "percent", "percentage": "percent", "điểm": "score"}
EXEMPT_FROM_EVIDENCE = {"derived"}


class CatalogEntry(Protocol):
    """What the suite reads of an indicator (`vndx.reference.Indicator` has these)."""

    unit: str
    valid_min: float | None
    valid_max: float | None


@dataclass(frozen=True)
class FactReference:
    """The reference data the suite is built from (the caller reads it from `vndx.reference`)."""

    catalog: Mapping[str, CatalogEntry]  # indicator code -> unit and valid range
    provinces_by_era: Mapping[str, frozenset[str]]  # era -> province slugs a fact of that era may name
    denominators_by_era: Mapping[str, frozenset[int]]  # era -> how many provinces a ranking is out of
    era_of: Callable[[Any, dt.date | None, Any], str | None]  # (period, published, out_of) -> era


def suite(reference: FactReference, columns: tuple[str, ...] | list[str]) -> Suite:
    """The facts suite over rows of `columns` (the writer's fact columns); rebuilt when the day
    (period upper bound) or the reference changes."""
    key = (dt.date.today(), len(reference.catalog),
           tuple(sorted((era, len(s)) for era, s in reference.provinces_by_era.items())))
    return Suite(SUITE, ROW_ID, key, lambda rows: prepare(rows, reference, list(columns)),
                 lambda: expectations(reference))


def province_era_keys(reference: FactReference) -> list[str]:
    return sorted(f"{era}/{slug}" for era, slugs in reference.provinces_by_era.items() for slug in slugs)


def rank_denominators(reference: FactReference) -> list[str]:
    return sorted(f"{era}/{n}" for era, ns in reference.denominators_by_era.items() for n in ns)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _helpers(row: dict[str, Any], reference: FactReference) -> dict[str, Any]:
    indicator = reference.catalog.get(row.get("indicator_code"))
    catalog_unit = indicator.unit if indicator else None
    unit = row.get("unit")
    unit = UNIT_ALIASES.get(unit.strip().lower(), unit.strip().lower()) if isinstance(unit, str) else None
    kind = catalog_unit or unit
    value, out_of, period = row.get("value"), row.get("out_of"), row.get("period_year")
    slug = row.get("province_slug")
    published = row.get("published_at")
    if hasattr(published, "date") and callable(published.date):  # pandas Timestamp / datetime
        published = published.date()
    fact_era = reference.era_of(None if _missing(period) else period, published,
                                None if _missing(out_of) else out_of)
    is_rank = kind == "rank"
    if is_rank:  # without a denominator: the era's largest province count (any era's when unknown)
        counts = reference.denominators_by_era.get(fact_era) if fact_era else None
        default_limit = max(counts or {n for ns in reference.denominators_by_era.values() for n in ns})
        rank_limit = default_limit if _missing(out_of) else out_of
    else:
        rank_limit = None
    evidence_ok = (row.get("qualifier") or "").strip().lower() in EXEMPT_FROM_EVIDENCE or numbers.mentions(
        row.get("evidence"), value
    )
    return {
        "unit_canonical": unit,
        "catalog_unit": catalog_unit,
        "catalog_min": indicator.valid_min if indicator else None,
        "catalog_max": indicator.valid_max if indicator else None,
        "province_era": f"{fact_era}/{slug}" if fact_era and slug else None,
        "rank_denominator": (f"{fact_era}/{int(out_of)}"
                             if is_rank and fact_era and not _missing(out_of) else None),
        "rank_limit": rank_limit,
        "part_whole": None if is_rank or _missing(out_of) else out_of,
        "is_whole_if_counted": (None if _missing(value) else
                                (float(value).is_integer() if kind in WHOLE_UNITS else True)),
        "published_year": published.year if isinstance(published, dt.date) else None,
        "evidence_has_value": evidence_ok,
    }


def prepare(rows: list[dict[str, Any]], reference: FactReference, columns: list[str]):
    """The batch as a DataFrame: the fact columns plus the helper columns the suite reads."""
    import pandas as pd  # noqa: PLC0415

    frame = pd.DataFrame([{**{c: r.get(c) for c in columns}, **_helpers(r, reference)} for r in rows],
                         columns=columns + list(_helpers({}, reference).keys()))
    for column in ("value", "catalog_min", "catalog_max", "rank_limit", "part_whole", "out_of",
                   "period_year", "published_year", "char_start", "char_end"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    return frame


def expectations(reference: FactReference) -> list:
    """The expectations of the suite, built at run time (see the module docstring)."""
    import great_expectations.expectations as gxe  # noqa: PLC0415

    current_year = dt.date.today().year
    out = [
        named(gxe.ExpectColumnValuesToNotBeNull(column=column), f"{label}_present",
              f"`{column}` must be set.")
        for column, label in [("province_slug", "province"), ("indicator_code", "indicator"),
                              ("period_year", "period"), ("value", "value"), ("unit", "unit"),
                              ("evidence", "evidence")]
    ]
    out += [
        named(gxe.ExpectColumnValuesToBeInSet(column="indicator_code",
                                              value_set=sorted(reference.catalog)),
              "indicator_in_catalog", "The indicator code is in the catalog (indicators.csv)."),
        named(gxe.ExpectColumnPairValuesToBeEqual(column_A="unit_canonical", column_B="catalog_unit",
                                                  ignore_row_if="either_value_is_missing"),
              "unit_matches_catalog", "The fact's unit is the catalog unit of its indicator."),
        named(gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="value", column_B="catalog_min",
                                                          or_equal=True,
                                                          ignore_row_if="either_value_is_missing"),
              "value_not_below_catalog_min", "value >= the catalog's valid_min for the indicator."),
        named(gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="catalog_max", column_B="value",
                                                          or_equal=True,
                                                          ignore_row_if="either_value_is_missing"),
              "value_not_above_catalog_max",
              "value <= the catalog's valid_max (rates 100 unless the catalog allows more; empty = none)."),
        named(gxe.ExpectColumnValuesToBeInSet(column="is_whole_if_counted", value_set=[True]),
              "whole_number_for_rank_or_count", "Ranks and counts are whole numbers."),
        named(gxe.ExpectColumnValuesToBeInSet(column="province_era", value_set=province_era_keys(reference)),
              "province_valid_for_era",
              "The province exists in the fact's era: 63 provinces to 2024, 34 from 2026, either in 2025."),
        named(gxe.ExpectColumnValuesToBeInSet(column="rank_denominator", value_set=rank_denominators(reference)),
              "rank_out_of_province_count", "A province ranking is out of 63 (to 2024) or 34 (from 2025)."),
        named(gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="rank_limit", column_B="value",
                                                          or_equal=True,
                                                          ignore_row_if="either_value_is_missing"),
              "rank_within_out_of", "rank <= out_of (or <= the era's province count when not given)."),
        named(gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="part_whole", column_B="value",
                                                          or_equal=True,
                                                          ignore_row_if="either_value_is_missing"),
              "part_within_out_of", "An 'x/y' count has x <= y."),
        named(gxe.ExpectColumnValuesToBeBetween(column="period_year", min_value=FIRST_PERIOD,
                                                max_value=current_year),
              "period_in_plausible_range", f"{FIRST_PERIOD} <= period <= the current year."),
        named(gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="published_year", column_B="period_year",
                                                          or_equal=True,
                                                          ignore_row_if="either_value_is_missing"),
              "period_not_after_publication", "The period is not after the article's publication year."),
        named(gxe.ExpectColumnValuesToBeInSet(column="evidence_has_value", value_set=[True]),
              "evidence_contains_value",
              "The evidence contains the number as written in Vietnamese (1.954.846, 58,9, 48/63)."),
        named(gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="char_end", column_B="char_start",
                                                          or_equal=True,
                                                          ignore_row_if="either_value_is_missing"),
              "evidence_offsets_ordered", "char_end >= char_start."),
        named(gxe.ExpectCompoundColumnsToBeUnique(
            column_list=["doc_id", "province_slug", "indicator_code", "period_year", "value"]),
              "natural_key_unique", "(doc, province, indicator, period, value) is unique in the batch."),
    ]
    return out
