#!/usr/bin/env python3
"""`make eval [CORPUS=folder] [FOLD=A|B|C]`: precision, recall and F1 of the extractor on a corpus
folder (default: the seeds), every miss and spurious fact, and the errors counted by cause.

  .venv/bin/python scripts/eval.py                              # the seeds
  .venv/bin/python scripts/eval.py ../shared/corpus/dev         # the real dev corpus
  .venv/bin/python scripts/eval.py ../shared/corpus/dev --fold B  # one third (sha1(doc) mod 3)
  .venv/bin/python scripts/eval.py ../shared/corpus/dev --perturb  # per rewrite family (perturb.py)
  .venv/bin/python scripts/eval.py ../shared/corpus/dev --perturb numbers --show  # its errors
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vndx.extract import EXTRACTOR_VERSION
from vndx.extract.evaluate import cross_check_summary, evaluate_corpus, fold_of, load_corpus
from vndx.extract.perturb import FAMILIES, KNOWN_GAPS, score_families


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="", help="folder of <doc>.txt (+ gold.jsonl); default: the seeds")
    ap.add_argument("--gold", help="gold facts (default: <corpus>/gold.jsonl, else the seed gold)")
    ap.add_argument("--docs", help="docs.jsonl with publication dates (seed layout)")
    ap.add_argument("--fold", help="score only the documents of fold A, B or C (sha1 of the doc id mod 3)")
    ap.add_argument("--quiet", action="store_true", help="only the counts and the score")
    ap.add_argument(
        "--perturb",
        nargs="?",
        const="all",
        help="score rewritten variants per family (comma-separated names, default all): vndx/extract/perturb.py",
    )
    ap.add_argument("--draws", type=int, default=2, help="variants per document and family (--perturb)")
    ap.add_argument("--seed", type=int, default=20261130, help="seed of the rewrites (--perturb)")
    ap.add_argument("--show", action="store_true", help="with --perturb: print each variant's misses/spurious")
    args = ap.parse_args(argv)
    folder = Path(args.corpus) if args.corpus else None
    if folder is not None and not folder.is_dir():
        print(f"no corpus folder {folder}", file=sys.stderr)
        return 2
    corpus = load_corpus(folder, Path(args.gold) if args.gold else None, Path(args.docs) if args.docs else None)
    docs = {a.doc for a in corpus.articles}
    if args.fold:
        docs = {d for d in docs if fold_of(d) in args.fold.upper()}
    if args.perturb:
        return _perturbed(corpus, docs, args)
    rep = evaluate_corpus(corpus, docs)
    if not args.quiet:
        for cause, g in sorted(rep.misses, key=lambda x: (x[0], x[1]["doc"])):
            print(
                f"MISS [{cause}] {g['doc']} {g['province']} {g['indicator']} {g['period']} {g['value']}"
                f" | {g.get('evidence', '')[:90]}"
            )
        for cause, p in sorted(rep.spurious, key=lambda x: (x[0], x[1]["doc"])):
            print(
                f"SPURIOUS [{cause}] {p['doc']} {p['province']} {p['indicator']} {p['period']} {p['value']}"
                f" | {str(p.get('evidence', ''))[:90]}"
            )
    miss_by, spur_by = rep.causes()
    print("misses by cause:", ", ".join(f"{k} {v}" for k, v in miss_by.most_common()) or "none")
    print("spurious by cause:", ", ".join(f"{k} {v}" for k, v in spur_by.most_common()) or "none")
    print("year cross-checks:", cross_check_summary(rep))
    for rule, f, good in rep.cross_checked if not args.quiet else []:
        what = f"{f['doc']} {f['province']} {f['indicator']} {f['period']} {f['value']}"
        print(f"  {rule} {'gold' if good else 'NOT GOLD'} {what}")
    where = args.corpus or "the seeds"
    fold = f" fold {args.fold.upper()}" if args.fold else ""
    print(f"extractor {EXTRACTOR_VERSION} on {where}{fold} ({len(docs)} docs)")
    print(f"P={rep.p:.3f} R={rep.r:.3f} F1={rep.f1:.3f} tp={rep.tp} fp={rep.fp} fn={rep.fn}")
    return 0


def _perturbed(corpus, docs: set[str], args: argparse.Namespace) -> int:
    fams = list(FAMILIES) if args.perturb == "all" else args.perturb.split(",")
    unknown = [f for f in fams if f not in FAMILIES]
    if unknown:
        print(f"unknown families {unknown}; known: {', '.join(FAMILIES)}", file=sys.stderr)
        return 2
    print(f"extractor {EXTRACTOR_VERSION}, {args.draws} draws per document, seed {args.seed}")
    print(f"{'family':14} {'docs':>4}  {'as written':>10}  {'rewritten':>9}  {'P':>5} {'R':>5}", end="")
    print(f"  {'tp':>4} {'fp':>3} {'fn':>3}  causes")
    for fs in score_families(corpus, fams, args.draws, args.seed, docs):
        rep = fs.report
        name = fs.family + ("*" if fs.family in KNOWN_GAPS else "")
        miss_by, spur_by = rep.causes()
        causes = "; ".join(
            [f"miss {k} {v}" for k, v in miss_by.most_common(4)] + [f"spur {k} {v}" for k, v in spur_by.most_common(3)]
        )
        if rep.cross_checked:
            causes += f"; cross-check {cross_check_summary(rep)}"
        print(
            f"{name:14} {fs.docs:>4}  {fs.base.f1:>10.3f}  {rep.f1:>9.3f}  {rep.p:>5.3f} {rep.r:>5.3f}"
            f"  {rep.tp:>4} {rep.fp:>3} {rep.fn:>3}  {causes}"
        )
        if args.show:
            base_keys = {_key(g) for _, g in fs.base.misses} | {_key(p) for _, p in fs.base.spurious}
            for kind, rows in (("FIXED MISS", fs.base.misses), ("FIXED SPURIOUS", fs.base.spurious)):
                now = {_key(g) for _, g in rep.misses} | {_key(p) for _, p in rep.spurious}
                for cause, r in rows:
                    if _key(r) not in now:
                        print(f"  {kind} [{cause}] {r['doc']} {r['indicator']} {r['period']} {r['value']}")
            for kind, rows in (("MISS", rep.misses), ("SPURIOUS", rep.spurious)):
                for cause, r in rows:
                    if _key(r) in base_keys:
                        continue  # the same error as on the text as written
                    what = f"{r['doc']} {r['province']} {r['indicator']} {r['period']} {r['value']}"
                    print(f"  {kind} [{cause}] {what} | {str(r.get('evidence', ''))[:100]}")
    if KNOWN_GAPS:
        print("* a known gap, not fixed yet (perturb.KNOWN_GAPS)")
    return 0


def _key(row: dict) -> tuple:
    return (row["doc"], row["indicator"])


if __name__ == "__main__":
    sys.exit(main())
