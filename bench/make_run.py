#!/usr/bin/env python3
"""Time `make run` warm (a second run: the warehouse, Airflow metadata and dbt manifest exist) and
split its wall time by stage.

Each run's output lines are time-stamped as they arrive; a stage's seconds are the time from the
previous stage line (the first: from the start of `make run`) to its own line, so the figures
need nothing from the code under test and the same script measures a checkout before and after a
change. The stage lines' own seconds (printed since issue 14 item 6) are kept as well when present.

usage: .venv/bin/python bench/make_run.py --label before|after [--runs 2] [--warm-up]
                                           [--checkout DIR] [--out bench/results/make_run.json]

`--checkout` runs `make run` in another checkout of the repository (e.g. `git worktree add
/tmp/base main`, with its own `make setup`); the demo site gets a free port so that parallel runs
on a shared machine do not collide. The label's figures are merged into the JSON file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN_SECONDS = re.compile(r"\((\d+(?:\.\d+)?) s\)\s*$")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stage_name(line: str) -> str | None:
    """'5 crawl' for a line '[5/8] crawl      ...' (two words for 'dbt parse'), else None."""
    match = re.match(r"^\[(\d+)/\d+\]", line)
    if not match:
        return None
    words = line[match.end():].split()
    name = words[0] + (" " + words[1] if words[0] == "dbt" and len(words) > 1 else "")
    return f"{match.group(1)} {name}"


def one_run(checkout: Path) -> dict:
    env = {**os.environ, "VNDX_DEMO_PORT": str(free_port())}
    start = time.monotonic()
    proc = subprocess.Popen(["make", "run"], cwd=checkout, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    stages: dict[str, float] = {}
    printed: dict[str, float] = {}
    last = start
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        now = time.monotonic()
        lines.append(line.rstrip())
        name = stage_name(line)
        if name:
            stages[name] = round(now - last, 2)
            last = now
            own = OWN_SECONDS.search(line.rstrip())
            if own:
                printed[name] = float(own.group(1))
    code = proc.wait()
    wall = time.monotonic() - start
    if code != 0:
        sys.stderr.write("\n".join(lines[-40:]) + "\n")
        raise SystemExit(f"make run failed (exit {code}) in {checkout}")
    return {"wall_s": round(wall, 1), "stages_s": stages, "printed_stage_s": printed or None,
            "loadavg_1m_at_end": os.getloadavg()[0]}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--label", required=True)
    p.add_argument("--runs", type=int, default=2)
    p.add_argument("--warm-up", action="store_true", help="one untimed run first (a fresh checkout)")
    p.add_argument("--checkout", type=Path, default=ROOT)
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "make_run.json")
    p.add_argument("--note", default="", help="how this checkout was set up (kept in the JSON)")
    p.add_argument("--append", action="store_true",
                   help="add these runs to the label's earlier ones (alternate before/after runs)")
    args = p.parse_args()
    if args.warm_up:
        one_run(args.checkout)
    runs = [one_run(args.checkout) for _ in range(args.runs)]
    out = json.loads(args.out.read_text()) if args.out.exists() else {}
    if args.append and args.label in out:
        runs = out[args.label]["runs"] + runs
    names = list(runs[0]["stages_s"])
    median = {n: round(statistics.median(r["stages_s"].get(n, 0.0) for r in runs), 1) for n in names}
    out["command"] = (".venv/bin/python bench/make_run.py --label before|after --runs 2 [--warm-up] "
                      "[--checkout DIR]")
    out["method"] = ("warm `make run` (the previous run's warehouse, Airflow metadata and dbt manifest are kept); "
                     "a stage's seconds: from the previous stage line to its own, time-stamped as printed")
    out[args.label] = {
        "checkout": str(args.checkout),
        "note": args.note or None,
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.checkout,
                                 capture_output=True, text=True).stdout.strip() or None,
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "median_wall_s": round(statistics.median(r["wall_s"] for r in runs), 1),
        "median_stages_s": median,
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    json.dump(out[args.label], sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
