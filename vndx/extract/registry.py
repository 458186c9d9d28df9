"""Every named rule of the extractor, in one place: the binder's refusals (``CANDIDATE_RULES``),
the year rules, the year copy, period refusals and year cross-checks (``period_rules.py``), the subject rules and
subject refusals (``subject_rules.py``), and the refusals the other stages make (``STAGE_REFUSALS``).

``rules_table()`` renders them for ``vndx/extract/README.md`` (``tests/extract/test_rule_registry.py``
fails when the README drifts, and prints the table to paste)."""

from __future__ import annotations

from vndx.extract.binding_rules import CANDIDATE_RULES, STAGE_REFUSALS
from vndx.extract.period_rules import PERIOD_REFUSALS, SHARED_YEARS, YEAR_CROSS_CHECKS, YEAR_RULES
from vndx.extract.subject_rules import SHARED_PROVINCES, SUBJECT_REFUSALS, SUBJECT_RULES

# every name a dropped candidate can carry
REFUSAL_NAMES: list[str] = (
    [r.name for r in CANDIDATE_RULES]
    + [r.name for r in PERIOD_REFUSALS]
    + [r.name for r in SUBJECT_REFUSALS]
    + list(STAGE_REFUSALS)
)
# every name that can decide a fact's year or province
CHOICE_NAMES: list[str] = (
    [r.name for r in YEAR_RULES]
    + [SHARED_YEARS.name]
    + [r.name for r in SUBJECT_RULES]
    + [SHARED_PROVINCES.name]
    + [r.name for r in YEAR_CROSS_CHECKS]
)


def _why(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _numbered(header: str, rules) -> list[str]:
    rows = [f"| # | {header} | why |", "|---|---|---|"]
    rows += [f"| {i} | `{r.name}` | {_why(r.why)} |" for i, r in enumerate(rules, 1)]
    return rows


def rules_table() -> str:
    """The README's tables of every rule name, from the registries."""
    rows = _numbered("candidate rule (the first that fires refuses)", CANDIDATE_RULES)
    rows += [""] + _numbered("year rule (the first that answers dates the value)", YEAR_RULES)
    rows += [""] + _numbered("year copy (after a fact is made, the other years its value is of)", [SHARED_YEARS])
    rows += [""] + _numbered("period refusal", PERIOD_REFUSALS)
    rows += [""] + _numbered("subject rule (the first that answers credits the province)", SUBJECT_RULES)
    rows += [""] + _numbered(
        "province copy (after a fact is made, the other provinces its value is of)", [SHARED_PROVINCES]
    )
    rows += [""] + _numbered("subject refusal", SUBJECT_REFUSALS)
    rows += [""] + _numbered(
        "year cross-check (once the province is known; an answer corrects the year)", YEAR_CROSS_CHECKS
    )
    rows += ["", "| stage | refusal | why |", "|---|---|---|"]
    rows += [f"| {stage} | `{name}` | {_why(why)} |" for name, (stage, why) in STAGE_REFUSALS.items()]
    return "\n".join(rows)
