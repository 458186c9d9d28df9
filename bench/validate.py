#!/usr/bin/env python3
"""Benchmark the validate stage's GX costs: what a batch costs beyond its rows, and the Data Docs.

In one process (as one Airflow task process, or `airflow dags test`, validates its batches) the
`facts` suite validates N batches of 1 row and N batches of 1,000 rows, alternating, into a fresh
Data Docs folder that already holds `--history` earlier validation results (a deployment that has
run for a while: the docs index lists up to 500 of them). Reported:

- `gx_import_s`: importing `great_expectations` (paid once per process, or once per scheduler
  when the task preload imports it);
- `first_batch_s`: the first batch of the process after the import (context, checkpoint built);
- `per_batch_s_1_row` / `per_batch_s_1000_rows`: the median seconds of the later batches; the
  1-row figure is the fixed cost per batch (the rows cost almost nothing), the difference is
  what 999 rows cost; `cpu_per_batch_*`: the same in this process's CPU seconds, which a machine
  shared with other jobs inflates far less than wall seconds;
- `data_docs_build_s`: building the Data Docs once for the N x 2 batches of the run, when the
  code builds them once per run (`expectations.context.build_data_docs`); null when every
  checkpoint run updates the docs itself (the cost is then inside the per-batch figures);
- `unchanged_key_cpu_s_1000_rows`: hashing a 1,000-row batch's inputs (the key with which a re-run
  finds the batch unchanged and skips GX: `vndx.pipeline.validation.input_key`); null before it.

Rows are generated (a valid internet-user-rate fact, ids varied); no warehouse is needed: this is
`expectations.runner.validate_rows`, what `vndx.pipeline.validation` calls between its read and
its writes.

usage: .venv/bin/python bench/validate.py [--batches N] [--history H] [--label before|after]
       [--out bench/results/validate.json]   (the label's figures are merged into the file)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fact(n: int, batch_id: str) -> dict:
    return {
        "fact_id": f"f{n:06d}", "batch_id": batch_id, "doc_id": f"doc-{n // 10}", "source_id": "bench",
        "source_kind": "portal", "url": f"http://bench/{n // 10}", "province_slug": "bac-kan",
        "indicator_code": "internet_user_rate", "period_year": 2015 + n % 10, "value": float(n % 100),
        "unit": "percent", "out_of": None, "qualifier": None,
        "evidence": f"Tỷ lệ người dùng internet đạt {n % 100}%", "char_start": 0, "char_end": 30,
        "extractor_version": "bench", "published_at": dt.date(2025, 6, 1), "extracted_at": None,
    }


def _sample_load(into: list[float]) -> None:
    """The 1-minute load average every 5 s while the benchmark runs (recorded: min, max)."""
    while True:
        into.append(os.getloadavg()[0])
        time.sleep(5)


def rows(count: int, batch_id: str) -> list[dict]:
    return [fact(n, batch_id) for n in range(count)]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--batches", type=int, default=20, help="batches of each size (default 20)")
    p.add_argument("--history", type=int, default=100, help="earlier results in the docs folder (default 100)")
    p.add_argument("--label", default="after", help="key of this measurement in the JSON (before/after)")
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "validate.json")
    args = p.parse_args()

    load_start = os.getloadavg()[0]
    loads: list[float] = []
    sampler = threading.Thread(target=_sample_load, args=(loads,), daemon=True)
    sampler.start()
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    t_import = time.perf_counter()
    import great_expectations  # noqa: F401, PLC0415
    import_s = time.perf_counter() - t_import
    from expectations import context as gx_context  # noqa: PLC0415
    from expectations.runner import validate_rows  # noqa: PLC0415
    from vndx.pipeline import validation  # noqa: PLC0415
    from vndx.pipeline.validation import facts_suite  # noqa: PLC0415

    input_key = getattr(validation, "input_key", None)  # the re-run skip's key (after the change)

    build_docs = getattr(gx_context, "build_data_docs", None)  # once per run (after the change)
    with tempfile.TemporaryDirectory(prefix="vndx-bench-gx-") as tmp:
        docs = Path(tmp) / "data_docs"
        suite = facts_suite()
        t0 = time.perf_counter()
        validate_rows(suite, rows(1, "history/0"), "history/0", docs_dir=docs)
        first = time.perf_counter() - t0
        for h in range(1, args.history):  # earlier runs of a deployment (not timed)
            validate_rows(suite, rows(1, f"history/{h}"), f"history/{h}", docs_dir=docs)
        if build_docs:
            build_docs(docs, None)

        timings: dict[int, list[float]] = {1: [], 1000: []}
        cpu: dict[int, list[float]] = {1: [], 1000: []}  # this process's CPU seconds: robust to a loaded machine
        run_batches: list[str] = []
        frames = {size: rows(size, "x") for size in timings}
        for b in range(args.batches):
            for size, batch_rows in frames.items():
                batch_id = f"bench-{size}/{b:04d}"
                run_batches.append(batch_id)
                t, c = time.perf_counter(), time.process_time()
                report, _, _ = validate_rows(suite, batch_rows, batch_id, docs_dir=docs)
                timings[size].append(time.perf_counter() - t)
                cpu[size].append(time.process_time() - c)
                assert report.evaluated == size and report.failed == 0, report
        docs_s = docs_cpu = None
        if build_docs:
            t, c = time.perf_counter(), time.process_time()
            build_docs(docs, run_batches)
            docs_s, docs_cpu = time.perf_counter() - t, time.process_time() - c
        unchanged_cpu = None
        if input_key is not None:  # what a re-run of an unchanged 1,000-row batch pays instead
            c = time.process_time()
            for _ in range(5):
                input_key(suite, frames[1000], 0.5)
            unchanged_cpu = (time.process_time() - c) / 5
        index = docs / "index.html"
        listed = index.read_text(errors="replace").count("bench-") if index.exists() else 0

    per_1 = statistics.median(timings[1])
    per_1000 = statistics.median(timings[1000])
    result = {
        "gx_import_s": round(import_s, 3),
        "first_batch_s": round(first, 3),
        "per_batch_s_1_row": round(per_1, 4),
        "per_batch_s_1000_rows": round(per_1000, 4),
        "rows_cost_s_per_1000": round(per_1000 - per_1, 4),
        "cpu_per_batch_s_1_row": round(statistics.median(cpu[1]), 4),
        "cpu_per_batch_s_1000_rows": round(statistics.median(cpu[1000]), 4),
        "unchanged_key_cpu_s_1000_rows": round(unchanged_cpu, 4) if unchanged_cpu is not None else None,
        "data_docs_build_s": round(docs_s, 3) if docs_s is not None else None,
        "data_docs_build_cpu_s": round(docs_cpu, 3) if docs_cpu is not None else None,
        "run_validation_cpu_s_total": round(sum(cpu[1]) + sum(cpu[1000]) + (docs_cpu or 0), 2),
        "data_docs_per": "run" if build_docs else "batch (every checkpoint run)",
        "batches": 2 * args.batches,
        "history_results": args.history,
        "index_mentions_of_run_batches": listed,
        "run_validation_s_total": round(sum(timings[1]) + sum(timings[1000]) + (docs_s or 0), 2),
        "loadavg_at_start": load_start,
        "loadavg_during": [min(loads), max(loads)] if loads else None,
        "loadavg_at_end": os.getloadavg()[0],
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    out = json.loads(args.out.read_text()) if args.out.exists() else {}
    out["command"] = ("/work/notes/bench .venv/bin/python bench/validate.py --batches 6 --history 20 "
                      "--label before|after  (before: main's code of the day, the same script)")
    out["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                      "note": "2 cores shared with other jobs; load average at the start, during (min, max "
                              "of 5 s samples) and at the end of each run"}
    out[args.label] = {**result, "args": {"batches": args.batches, "history": args.history}}
    if "before" in out and "after" in out:
        b, a = out["before"], out["after"]

        def pair(key: str) -> dict:
            return {"before": b.get(key), "after": a.get(key)}

        out["summary"] = {
            "fixed_cost_per_batch_cpu_s": pair("cpu_per_batch_s_1_row"),
            "fixed_cost_per_batch_s": pair("per_batch_s_1_row"),
            "per_batch_cpu_s_1000_rows": pair("cpu_per_batch_s_1000_rows"),
            "rows_cost_s_per_1000": pair("rows_cost_s_per_1000"),
            "first_batch_s_after_import": pair("first_batch_s"),
            "gx_import_s": pair("gx_import_s"),
            "run_validation_cpu_s_total": pair("run_validation_cpu_s_total"),
            "unchanged_key_cpu_s_1000_rows": pair("unchanged_key_cpu_s_1000_rows"),
            "data_docs": "built once per DAG run in both",
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    json.dump(out[args.label], sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
