"""Scoring a folder of articles (`<doc>.txt` + gold `<doc>.jsonl` + `docs.jsonl` with each doc's
publication date) with the gold scorer; shared by the held-out-style corpus tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from vndx.extract import extract_facts
from vndx.extract.evaluate import _scorer

DATA = Path(__file__).resolve().parent / "data"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def corpus_docs(corpus: Path) -> dict[str, dict]:
    return {row["doc"]: row for row in _jsonl(corpus / "docs.jsonl")}


def score_corpus(corpus: Path, verbose: bool = False):
    """(P, R, F1, tp, fp, fn) of the extractor over every article of the folder."""
    meta = corpus_docs(corpus)
    gold, pred = [], []
    texts = sorted(corpus.glob("*.txt"))
    for path in texts:
        gold.extend(_jsonl(path.with_suffix(".jsonl")))
        published = meta.get(path.stem, {}).get("published")
        facts = extract_facts(
            path.read_text(encoding="utf-8"),
            doc=path.stem,
            published=dt.date.fromisoformat(published) if published else None,
        )
        pred.extend(f.to_dict() for f in facts)
    return _scorer().score(gold, pred, verbose=verbose, docs=[p.stem for p in texts])


def assert_complete(corpus: Path, minimum: int) -> list[Path]:
    texts = sorted(corpus.glob("*.txt"))
    assert len(texts) >= minimum
    meta = corpus_docs(corpus)
    for path in texts:
        assert path.with_suffix(".jsonl").exists(), path
        assert path.stem in meta, path
    return texts
