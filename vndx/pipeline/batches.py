"""Batch and document identifiers: the natural keys that make re-runs idempotent."""

from __future__ import annotations

import datetime as dt
import hashlib


def batch_id_for(source_id: str, interval_start: dt.date | dt.datetime) -> str:
    """One source in one data interval."""
    return f"{source_id}/{interval_start:%Y-%m-%d}"


def doc_id_for(url: str) -> str:
    """A document is its URL (the content may change; `raw.documents` keeps the latest parse)."""
    return hashlib.sha256(url.encode()).hexdigest()[:16]
