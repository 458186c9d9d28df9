"""Score the extractor against the seed gold (``tests/data/gold``): precision, recall, F1."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from types import ModuleType

from vndx.extract.extractor import extract_facts

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
SEEDS_DIR = ROOT / "tests" / "data" / "seeds"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", GOLD_DIR / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(seeds_dir: Path = SEEDS_DIR, docs_path: Path = GOLD_DIR / "seed_docs.jsonl") -> list[dict]:
    """Facts for every seed article, each with its publication date from seed_docs.jsonl."""
    docs = {}
    for line in docs_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            docs[row["doc"]] = row
    out = []
    for path in sorted(seeds_dir.glob("*.txt")):
        meta = docs.get(path.stem, {})
        published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
        facts = extract_facts(path.read_text(encoding="utf-8"), doc=path.stem, published=published)
        out.extend(f.to_dict() for f in facts)
    return out


def evaluate(verbose: bool = False) -> tuple[float, float, float, int, int, int]:
    """(precision, recall, f1, tp, fp, fn) of the extractor on the seed gold."""
    scorer = _scorer()
    gold = scorer.load(str(GOLD_DIR / "seed_facts.jsonl"))
    docs = [p.stem for p in sorted(SEEDS_DIR.glob("*.txt"))]
    return scorer.score(gold, predict(), verbose=verbose, docs=docs)
