"""One Data Docs folder per test session: the GX context is cached per folder, so it is built once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def gx_docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("gx") / "data_docs"
    old = os.environ.get("VNDX_GX_DOCS_DIR")
    os.environ["VNDX_GX_DOCS_DIR"] = str(docs)
    yield docs
    if old is None:
        os.environ.pop("VNDX_GX_DOCS_DIR", None)
    else:
        os.environ["VNDX_GX_DOCS_DIR"] = old
