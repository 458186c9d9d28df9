#!/usr/bin/env python3
"""Identity check for extractor changes that must not change output (speed work, refactors).

Dumps every fact AND every refused candidate (rule name, value, code, offset) the extractor gives on
the real dev corpus, its perturbed variants (every family of ``perturb.py``), the seeds, our own
corpora in ``tests/extract/data`` and the pages ``bench/extract.py`` generates, then compares two dumps:

  .venv/bin/python scripts/extract_snapshot.py dump /tmp/xspeed/before.jsonl
  # ... change the code ...
  .venv/bin/python scripts/extract_snapshot.py dump /tmp/xspeed/after.jsonl
  .venv/bin/python scripts/extract_snapshot.py compare /tmp/xspeed/before.jsonl /tmp/xspeed/after.jsonl

The corpus is read from ``../shared/corpus/dev`` at run time and the dump holds evidence strings
from it, so write dumps OUTSIDE the repository (the script refuses a path inside it): the corpus
texts are third-party and never enter the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from vndx.extract.evaluate import load_corpus
from vndx.extract.extractor import extract_facts
from vndx.extract.perturb import FAMILIES, perturb_corpus

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def _bench_pages(n: int) -> Iterator[tuple[str, str, str | None, dt.date | None]]:
    """(doc, text, title, published) exactly as bench/extract.py hands them to the extractor."""
    import trafilatura  # noqa: PLC0415 - only the bench pages need it (slow to import)

    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "bench" / "extract.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for i, page in enumerate(bench.build_pages(n)):
        got = trafilatura.bare_extraction(
            page, favor_recall=True, include_tables=True, include_comments=False, with_metadata=True
        )
        text = (got.text or "") if got is not None else ""
        title = got.title if got is not None else None
        published = dt.date.fromisoformat(got.date[:10]) if got is not None and got.date else None
        yield f"p{i}", text, title, published


def _inputs(dev: Path, pages: int) -> Iterator[tuple[str, dict]]:
    """(set name, extract_facts keyword arguments) for every document of every set."""
    if dev.is_dir():
        corpus = load_corpus(dev)
        sets = [("dev", corpus)] + [(f"dev~{fam}", perturb_corpus(corpus, fam)[0]) for fam in FAMILIES]
    else:
        print(f"no dev corpus at {dev}: skipped", file=sys.stderr)
        sets = []
    sets.append(("seeds", load_corpus(None)))
    # our own corpora in the repository: the probe sets (dev layout) ...
    for folder in sorted((ROOT / "tests" / "extract" / "data").glob("probe_articles*")):
        sets.append((folder.name, load_corpus(folder)))
    for name, corp in sets:
        for a in corp.articles:
            yield name, {"text": a.text, "doc": a.doc, "published": a.published, "source_url": a.source_url}
    # ... and the folders of bare texts with a docs.jsonl of publication dates (as their tests read them)
    for folder in ("blind_articles", "synthetic_articles"):
        base = ROOT / "tests" / "extract" / "data" / folder
        meta_path = base / "docs.jsonl"
        meta = {}
        if meta_path.exists():
            rows = (json.loads(x) for x in meta_path.read_text(encoding="utf-8").splitlines() if x.strip())
            meta = {r["doc"]: r for r in rows}
        for path in sorted(base.glob("*.txt")):
            published = meta.get(path.stem, {}).get("published")
            kw = {"text": path.read_text(encoding="utf-8"), "doc": path.stem}
            yield folder, {**kw, "published": dt.date.fromisoformat(published) if published else None}
    for doc, text, title, published in _bench_pages(pages):
        yield "bench", {"text": text, "doc": doc, "published": published, "title": title}


def dump(out: Path, dev: Path, pages: int) -> int:
    if out.resolve().is_relative_to(ROOT):
        print(f"{out} is inside the repository; dumps hold third-party text, write them elsewhere", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, kw in _inputs(dev, pages):
            drops: list = []
            facts = extract_facts(**kw, trace=drops)
            row = {
                "set": name,
                "doc": kw["doc"],
                "facts": [f.to_dict() for f in facts],
                "drops": [asdict(d) for d in drops],
            }
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
            n += 1
    print(f"{n} documents dumped to {out}")
    return 0


def _load(path: Path) -> dict[tuple[str, str], dict]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    for r in rows:  # a version bump alone is no difference
        for f in r["facts"]:
            f.pop("extractor_version", None)
    return {(r["set"], r["doc"]): r for r in rows}


def compare(a: Path, b: Path, show: int) -> int:
    before, after = _load(a), _load(b)
    diffs = [k for k in sorted(before.keys() | after.keys()) if before.get(k) != after.get(k)]
    by_set: dict[str, int] = {}
    for s, _ in before:
        by_set[s] = by_set.get(s, 0) + 1
    for k in diffs[:show]:
        x, y = before.get(k) or {}, after.get(k) or {}
        print(f"DIFF {k[0]} {k[1]}")
        for part in ("facts", "drops"):
            xs, ys = x.get(part, []), y.get(part, [])
            for r in [r for r in xs if r not in ys][:5]:
                print(f"  - {part[:-1]} {json.dumps(r, ensure_ascii=False)[:200]}")
            for r in [r for r in ys if r not in xs][:5]:
                print(f"  + {part[:-1]} {json.dumps(r, ensure_ascii=False)[:200]}")
    sizes = ", ".join(f"{s} {n}" for s, n in by_set.items() if "~" not in s)
    variants = sum(n for s, n in by_set.items() if "~" in s)
    facts = sum(len(r["facts"]) for r in before.values())
    drops = sum(len(r["drops"]) for r in before.values())
    print(
        f"compared {len(before.keys() | after.keys())} documents ({sizes}, perturbed dev variants {variants}; "
        f"{facts} facts, {drops} refusals before): {len(diffs)} differ"
    )
    return 1 if diffs else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write every fact and refusal of every document to a JSON-lines file")
    d.add_argument("out", type=Path)
    d.add_argument("--dev", type=Path, default=DEV, help="the dev corpus folder (default ../shared/corpus/dev)")
    d.add_argument("--pages", type=int, default=1200, help="bench pages (as bench/extract.py generates them)")
    c = sub.add_parser("compare", help="documents whose facts or refusals differ between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=20, help="print at most this many differing documents")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.dev, args.pages)
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
