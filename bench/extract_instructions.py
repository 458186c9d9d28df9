#!/usr/bin/env python3
"""Count the instructions fact extraction executes on the extraction bench's pages (valgrind's cachegrind).

Wall-clock timings on a shared virtual machine drift by a tenth or more between two runs of the same code (the
extraction bench's ratio to trafilatura is paired page by page for that reason). An instruction count does not
drift: the same code on the same pages gives the same count, so two versions of the extractor can be compared
step by step, a change of 1 % included. It is no timing (a cache miss costs more than an add), only a steady proxy.

The pages are those of ``bench/extract.py`` (the first ``--pages``, default 300 of its 1,200), run through
trafilatura once, outside the count. The count is taken twice under cachegrind, in fresh processes with a fixed
hash seed: once loading the extractor and the texts (and extracting one warm-up sentence), once doing that and
extracting every page; the difference is the extraction's.

usage: .venv/bin/python bench/extract_instructions.py [--pages 300] [--out bench/results/extract_instructions.json]
(needs ``valgrind`` on the PATH; about a minute per 100 pages)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# what runs under valgrind: load, warm up, then extract every page ("run") or stop there ("setup")
_CHILD = """
import pickle, sys
from vndx.extract import EXTRACTOR_VERSION
from vndx.extract.extractor import extract_facts
print(EXTRACTOR_VERSION)
texts = pickle.load(open(sys.argv[1], "rb"))
extract_facts("Năm 2023, tỷ lệ người dùng internet đạt 80%.", doc="warm", province_hint="son-la")
if sys.argv[2] == "run":
    for i, (text, published, title) in enumerate(texts):
        extract_facts(text, doc=f"p{i}", published=published, title=title)
"""


def _texts(n: int) -> list[tuple]:
    sys.path.insert(0, str(ROOT / "bench"))
    from extract import build_pages, main_text  # noqa: PLC0415 - the extraction bench's pages, not a package

    # (the first n of the same 1,200: the generator's draws do not depend on n)
    return [main_text(page) for page in build_pages(1200)[:n]]


def _instructions(mode: str, texts_path: Path, workdir: Path) -> tuple[int, str]:
    """(instructions, the extractor version the child loaded: this checkout's, ``PYTHONPATH``)."""
    out = workdir / f"cachegrind.{mode}"
    cmd = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
        sys.executable, "-c", _CHILD, str(texts_path), mode,
    ]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if m is None:
        raise RuntimeError(f"no instruction count in valgrind's report:\n{done.stderr[-2000:]}")
    return int(m.group(1).replace(",", "")), done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "extract_instructions.json"))
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction count (apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        texts = _texts(args.pages)
        (work / "texts.pkl").write_bytes(pickle.dumps(texts))
        setup, version = _instructions("setup", work / "texts.pkl", work)
        run, _ = _instructions("run", work / "texts.pkl", work)
    result = {
        "extractor_version": version,
        "pages": len(texts),
        "extract_instructions": run - setup,
        "instructions_per_page": round((run - setup) / len(texts)),
        "method": "valgrind --tool=cachegrind --cache-sim=no, I refs of (load + extract every page) - (load only)",
        "command": " ".join([".venv/bin/python", "bench/extract_instructions.py", *(argv or sys.argv[1:])]),
        "at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%MZ"),
    }
    out = Path(args.out)
    history = []
    if out.exists():
        try:
            old = json.loads(out.read_text(encoding="utf-8"))
            history = old.get("history", [])
        except ValueError:
            pass
    keep = ("at", "extractor_version", "pages", "extract_instructions")
    result["history"] = (history + [{k: result[k] for k in keep}])[-20:]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
