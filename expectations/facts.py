"""Suite `facts`: indicator facts extracted from one batch (`raw.fact_candidates`).

Single-column rules use standard GX expectations on the fact's own columns. Cross-column rules
use GX column-pair and multicolumn expectations where one exists (unit vs catalog unit, value vs
catalog bounds, rank vs denominator, period vs publication year, unique natural key), on helper
columns that `prepare()` adds from the reference data (`vndx.reference`). Two rules that need code
(the era-dependent province set and "the evidence contains the number") are computed into helper
columns validated by standard set expectations; the value sets are readable in Data Docs.

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
from functools import lru_cache
from typing import Any

from expectations import numbers
from expectations.rules import named

SUITE = "facts"
ROW_ID = "fact_id"
FIRST_PERIOD = 2015
PRE_MERGER, MERGER_YEAR, POST_MERGER = "pre_merger", "merger_year", "post_merger"
WHOLE_UNITS = {"rank", "count", "rank_delta"}
UNIT_ALIASES = {"%": "percent", "pct": "percent", "percentage": "percent", "điểm": "score"}
EXEMPT_FROM_EVIDENCE = {"derived"}

COLUMNS = [
    "fact_id", "batch_id", "doc_id", "source_id", "source_kind", "url", "province_slug", "indicator_code",
    "period_year", "value", "unit", "out_of", "qualifier", "evidence", "char_start", "char_end",
    "extractor_version", "published_at", "extracted_at",
]
QUERY = f"select {', '.join(COLUMNS)} from raw.fact_candidates where batch_id = %s order by fact_id"  # noqa: S608


@lru_cache(maxsize=1)
def reference() -> dict[str, Any]:
    """Province sets per era and the indicator catalog (from `vndx.reference`)."""
    from vndx.reference import load_indicators, load_provinces  # noqa: PLC0415

    provinces = load_provinces()
    before = {p.slug for p in provinces}
    after = {p.successor_2025_slug for p in provinces}
    catalog = {i.code: i for i in load_indicators()}
    return {"provinces_63": before, "provinces_34": after, "catalog": catalog}


MERGER_DATE = dt.date(2025, 7, 1)


def era(period: Any, published: Any = None, out_of: Any = None) -> str | None:
    """Which province set a fact may use. 2024 values published after the merger (DTI 2024, on
    the 34-province basis) or ranked out of 34 are transitional, like 2025: either set."""
    if _missing(period):
        return None
    period = int(period)
    if period == 2024 and (
        (isinstance(published, dt.date) and published >= MERGER_DATE)
        or (not _missing(out_of) and int(out_of) == 34)
    ):
        return MERGER_YEAR
    if period <= 2024:
        return PRE_MERGER
    return MERGER_YEAR if period == 2025 else POST_MERGER


def province_era_keys() -> list[str]:
    ref = reference()
    keys = {f"{PRE_MERGER}/{s}" for s in ref["provinces_63"]}
    keys |= {f"{MERGER_YEAR}/{s}" for s in ref["provinces_63"] | ref["provinces_34"]}
    keys |= {f"{POST_MERGER}/{s}" for s in ref["provinces_34"]}
    return sorted(keys)


RANK_DENOMINATORS = [f"{PRE_MERGER}/63", f"{MERGER_YEAR}/63", f"{MERGER_YEAR}/34", f"{POST_MERGER}/34"]


def suite_key() -> object:
    """Rebuild the suite when the day (period upper bound) or the catalog changes."""
    ref = reference()
    return (dt.date.today(), len(ref["catalog"]), len(ref["provinces_63"]))


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _helpers(row: dict[str, Any]) -> dict[str, Any]:
    ref = reference()
    indicator = ref["catalog"].get(row.get("indicator_code"))
    catalog_unit = indicator.unit if indicator else None
    unit = row.get("unit")
    unit = UNIT_ALIASES.get(unit.strip().lower(), unit.strip().lower()) if isinstance(unit, str) else None
    kind = catalog_unit or unit
    value, out_of, period = row.get("value"), row.get("out_of"), row.get("period_year")
    slug = row.get("province_slug")
    published = row.get("published_at")
    if hasattr(published, "date") and callable(published.date):  # pandas Timestamp / datetime
        published = published.date()
    fact_era = era(period, published, out_of)
    is_rank = kind == "rank"
    if is_rank:
        default_limit = 63 if fact_era in (None, PRE_MERGER, MERGER_YEAR) else 34
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


def prepare(rows: list[dict[str, Any]]):
    """The batch as a DataFrame: the fact columns plus the helper columns the suite reads."""
    import pandas as pd  # noqa: PLC0415

    frame = pd.DataFrame([{**{c: r.get(c) for c in COLUMNS}, **_helpers(r)} for r in rows],
                         columns=COLUMNS + list(_helpers({}).keys()))
    for column in ("value", "catalog_min", "catalog_max", "rank_limit", "part_whole", "out_of",
                   "period_year", "published_year", "char_start", "char_end"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    return frame


def expectations() -> list:
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
                                              value_set=sorted(reference()["catalog"])),
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
        named(gxe.ExpectColumnValuesToBeInSet(column="province_era", value_set=province_era_keys()),
              "province_valid_for_era",
              "The province exists in the fact's era: 63 provinces to 2024, 34 from 2026, either in 2025."),
        named(gxe.ExpectColumnValuesToBeInSet(column="rank_denominator", value_set=RANK_DENOMINATORS),
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
