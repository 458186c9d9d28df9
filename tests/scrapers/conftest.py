"""Fixtures for the scraper tests: a fault server, the demo site, a polite-but-quick fetcher."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scrapers.demo.server import running
from scrapers.fetcher import Fetcher


@pytest.fixture
def quick_fetcher() -> Iterator[Fetcher]:
    """Short timeouts and backoff so fault tests stay fast; limits small enough to trip."""
    with Fetcher(timeout=0.5, max_bytes=64 * 1024, max_redirects=3, max_attempts=2, backoff_base=0.01,
                 retry_after_cap=5.0) as fetcher:
        yield fetcher


@pytest.fixture(scope="module")
def demo_base(monkeypatch_module=None) -> Iterator[str]:
    with running() as base:
        yield base


@pytest.fixture
def demo_env(demo_base: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("VNDX_DEMO_BASE_URL", demo_base)
    return demo_base
