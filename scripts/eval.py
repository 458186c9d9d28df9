#!/usr/bin/env python3
"""`make eval`: precision, recall and F1 of the extractor on the seed gold, with every miss and
every spurious fact (run from the repository root: .venv/bin/python scripts/eval.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vndx.extract import EXTRACTOR_VERSION  # noqa: E402
from vndx.extract.evaluate import evaluate  # noqa: E402


def main() -> int:
    p, r, f, tp, fp, fn = evaluate(verbose=True)
    print(f"extractor {EXTRACTOR_VERSION} on tests/data/gold/seed_facts.jsonl")
    print(f"P={p:.3f} R={r:.3f} F1={f:.3f} tp={tp} fp={fp} fn={fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
