"""What a suite is: the rows it validates and the expectations it runs, built from data it is given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Suite:
    """One GX suite over one dataset (pages, articles or facts of a batch)."""

    name: str
    row_id: str  # the column that names a failing row (in quarantine and audit)
    key: object  # the GX suite is rebuilt when this changes (the day, the catalog, ...)
    prepare: Callable[[list[dict[str, Any]]], Any]  # rows -> the DataFrame the expectations read
    expectations: Callable[[], list]  # built at validation time (imports GX)
