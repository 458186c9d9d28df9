"""The official provincial DTI values for 2022-2024 (``data/dti/``, on the 63-province basis), as
a cross-check for the year of an undated DTI value (rule ``official-table-year``).

An article often states "DTI của tỉnh đạt 0,6512" with its year only somewhere else (or
nowhere): the year rules then guess from the context or the publication date. A four-decimal
score is nearly a fingerprint: when it equals the province's published value of exactly one
edition, that edition is the year. Ranks are derived from the scores by sorting (ties share
the better rank, as the official 2022 page does: two 15th, no 16th); a rank is far less
specific than a score (63 possible values), so the rule trusts it only to correct a guessed
year that the table contradicts.

The same files build the demo's official ranking page (``scripts/build_demo_site.py``): this
folder is their one home.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from vndx.extract.gazetteer import _key, load_gazetteer

# indicator code -> the table's column (the overall index and the main indices it publishes;
# "Hoạt động chính quyền số" is a main index, never the pillar: see ANNOTATION.md)
_COLUMNS = {
    "dti": "DTI_Tong",
    "dti_gov_activity": "DTI_ChinhQuyenSo",
    "dti_econ_activity": "DTI_KinhTeSo",
    "dti_soc_activity": "DTI_XaHoiSo",
    "dti_infrastructure": "HaTangSo",
}
_SCORE = {f"{base}_score": col for base, col in _COLUMNS.items()}
_RANK = {f"{base}_rank": col for base, col in _COLUMNS.items()}
MIN_SCORE_DECIMALS = 3  # "0,65" matches too many provinces' values by chance; "0,6512" does not


@dataclass(frozen=True)
class DtiTable:
    scores: dict[tuple[str, str], dict[int, float]]  # (slug, column) -> year -> value
    ranks: dict[tuple[str, str], dict[int, int]]  # (slug, column) -> year -> rank among the 63
    years: frozenset[int]

    def years_matching(self, slug: str, code: str, value: float, decimals: int) -> list[int]:
        """The editions whose published value of ``code`` for ``slug`` is ``value`` as written
        (a score to its written decimals, a rank exactly); [] for an indicator not in the table."""
        if code in _SCORE:
            if decimals < MIN_SCORE_DECIMALS:
                return []
            by_year = self.scores.get((slug, _SCORE[code]), {})
            return [y for y, v in sorted(by_year.items()) if round(v, decimals) == round(value, decimals)]
        if code in _RANK:
            by_year = self.ranks.get((slug, _RANK[code]), {})
            return [y for y, r in sorted(by_year.items()) if r == value]
        return []

    def has_code(self, code: str) -> bool:
        """The table publishes ``code`` (else ``years_matching`` is [] whatever the value)."""
        return code in _SCORE or code in _RANK

    def knows(self, slug: str, code: str, year: int) -> bool:
        table = self.scores if code in _SCORE else self.ranks
        column = _SCORE.get(code) or _RANK.get(code)
        return column is not None and year in table.get((slug, column), {})


def _slug(name: str, keys: dict[str, str]) -> str:
    bare = re.sub(r"^\s*(?:TP\.|Thành phố)\s*", "", name)
    slug = keys.get(_key(bare))
    if not slug:
        raise ValueError(f"data/dti: province {name!r} is not in the gazetteer")
    return slug


def _ranked(values: dict[str, float]) -> dict[str, int]:
    """Competition ranking: equal values share the better rank and the next rank is skipped."""
    ordered = sorted(values.values(), reverse=True)
    return {slug: ordered.index(v) + 1 for slug, v in values.items()}


@lru_cache(maxsize=1)
def load_dti_table() -> DtiTable:
    keys = load_gazetteer().keys
    text = resources.files("vndx.extract").joinpath("data/dti/dti_2022_2024_scores.csv").read_text("utf-8")
    scores: dict[tuple[str, str], dict[int, float]] = {}
    per_year: dict[tuple[str, int], dict[str, float]] = {}
    for row in csv.DictReader(text.splitlines()):
        slug, year = _slug(row["TinhThanh"], keys), int(row["Nam"])
        for column in _COLUMNS.values():
            value = float(row[column])
            scores.setdefault((slug, column), {})[year] = value
            per_year.setdefault((column, year), {})[slug] = value
    ranks: dict[tuple[str, str], dict[int, int]] = {}
    for (column, year), values in per_year.items():
        for slug, rank in _ranked(values).items():
            ranks.setdefault((slug, column), {})[year] = rank
    return DtiTable(scores, ranks, frozenset(y for _, y in per_year))


_DIGITS = re.compile(r"\d+")


def written_decimals(raw: str) -> int:
    """Digits written after the decimal sign of a score ("0,6512" -> 4, "0.65" -> 2, "1" -> 0)."""
    groups = _DIGITS.findall(raw)
    return len(groups[-1]) if len(groups) >= 2 else 0
