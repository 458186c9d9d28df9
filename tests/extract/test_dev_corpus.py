"""The extractor on the real development corpus (``../shared/corpus/dev``, third-party pages that
are never copied into the repository): F1 must not fall below the level reached in issue 10, and
the 3-fold split used for honest estimates stays deterministic. Skips when the folder is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from vndx.extract.evaluate import evaluate_corpus, fold_of, load_corpus
from vndx.extract.perturb import KNOWN_GAPS, score_families

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
# whole dev corpus (60 docs, 133 core facts; 0.989 at vndx-rules-1.6 and 1.7, 0.992 at 1.8),
# `make eval CORPUS=../shared/corpus/dev`
F1_FLOOR = 0.98
# a rewrite family (vndx/extract/perturb.py) may cost at most this much F1 against the text as written
PERTURB_SLACK = 0.01

needs_dev = pytest.mark.skipif(
    not (DEV / "gold.jsonl").exists(),
    reason=f"real dev corpus not found at {DEV} (a checkout without ../shared/corpus/dev skips this test)",
)


@needs_dev
def test_dev_corpus_f1_floor():
    rep = evaluate_corpus(load_corpus(DEV))
    causes = rep.causes()
    print(f"dev corpus: P={rep.p:.3f} R={rep.r:.3f} F1={rep.f1:.3f}", dict(causes[0]), dict(causes[1]))
    assert rep.f1 >= F1_FLOOR, (rep.p, rep.r, rep.f1)


@needs_dev
def test_every_miss_and_spurious_fact_has_a_cause():
    rep = evaluate_corpus(load_corpus(DEV))
    assert len(rep.misses) == rep.fn and len(rep.spurious) == rep.fp
    assert all(cause for cause, _ in rep.misses + rep.spurious)


@needs_dev
def test_rewrites_of_the_dev_corpus_read_as_well_as_the_text_as_written():
    # `make eval CORPUS=../shared/corpus/dev PERTURB=1` with one draw: a family that loses F1 shows
    # a rule tied to one surface form (a province, a verb, a spelling, the page's whitespace)
    worse = {}
    for fs in score_families(load_corpus(DEV), draws=1):
        print(f"{fs.family}: {fs.base.f1:.3f} -> {fs.report.f1:.3f}")
        if fs.family not in KNOWN_GAPS and fs.report.f1 < fs.base.f1 - PERTURB_SLACK:
            worse[fs.family] = (round(fs.base.f1, 3), round(fs.report.f1, 3))
    assert not worse, worse


def test_fold_split_is_deterministic_and_covers_three_folds():
    docs = [f"doc{i}" for i in range(30)]
    folds = [fold_of(d) for d in docs]
    assert folds == [fold_of(d) for d in docs]
    assert set(folds) == {"A", "B", "C"}
