"""Naming of expectations: every expectation carries a stable, readable name in `meta["name"]`.

That name is what lands in `quarantine.facts.failed_expectations`, in
`audit.validation_failures` and in `audit.validation_runs.failed_by_expectation`, so renaming one
is a contract change. The `notes` (shown in Data Docs) say in plain words what the rule checks.
"""

from __future__ import annotations

from typing import Any


def named(expectation: Any, name: str, notes: str) -> Any:
    """Give `expectation` its stable name and a plain-words note for Data Docs."""
    expectation.meta = {**(expectation.meta or {}), "name": name}
    expectation.notes = notes
    return expectation


def name_of(expectation_config: Any) -> str:
    """The stable name of an expectation (its type + column when it has no `meta.name`)."""
    meta = getattr(expectation_config, "meta", None) or {}
    if meta.get("name"):
        return str(meta["name"])
    kwargs = getattr(expectation_config, "kwargs", {}) or {}
    column = kwargs.get("column") or "+".join(kwargs.get("column_list") or [])
    return f"{expectation_config.type}:{column}" if column else str(expectation_config.type)


def columns_of(expectation_config: Any) -> list[str]:
    """The data columns an expectation reads (for the quarantine reason)."""
    kwargs = getattr(expectation_config, "kwargs", {}) or {}
    cols = [kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B")]
    cols += list(kwargs.get("column_list") or [])
    return [c for c in cols if c]
