"""Helpers for extraction tests (no database needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from vndx.extract import extract_facts

PUBLISHED = dt.date(2024, 6, 1)


def facts_of(text: str, province: str | None = "tra-vinh", published: dt.date | None = PUBLISHED, **kw):
    return extract_facts(text, doc="t", published=published, province_hint=province, **kw)


def refusals(text: str, **kw) -> list[str]:
    """The rule names of every candidate value the extractor refused (``facts_of``'s arguments)."""
    trace: list = []
    facts_of(text, trace=trace, **kw)
    return [d.rule for d in trace]


def triples(text: str, **kw) -> set[tuple]:
    return {(f.province, f.indicator, f.period, round(f.value, 4)) for f in facts_of(text, **kw)}


@pytest.fixture
def extract():
    return triples
