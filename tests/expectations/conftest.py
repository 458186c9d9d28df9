"""Every GX test writes its Data Docs to the session's folder (see `gx_docs_dir` in tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _gx_docs(gx_docs_dir):
    return gx_docs_dir
