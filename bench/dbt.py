"""Benchmark of the dbt project: `dbt build` time at 10k, 100k and 1M synthetic raw facts.

For each size, in its own scratch database (bench_dbt_<size>, dropped afterwards):
  1. bulk-load documents and facts with COPY (facts loaded over the last 30 days);
  2. full: the first `dbt build` (seeds, views, tables, incremental models created from scratch,
     all data tests and unit tests);
  3. no-op: `dbt build` again with nothing new (what every build costs whatever the change: dbt's
     start-up, seeds, small tables, and whatever still reads whole tables);
  4. incremental: add 1% new facts shaped like a day's crawl (new documents published today, about
     DAY_PROVINCES provinces, the current and the previous year) and `dbt build` again;
  4b. incremental_spread: add 1% new facts spread over every province and indicator of the current
     year 2026 (the shape of the first version of this benchmark: it touches every 2026 key, a ninth
     of all facts) and `dbt build` again; the marts are fingerprinted (md5 of every row but transformed_at);
  5. `dbt run --full-refresh` on the same data: the marts must be identical to the incremental ones;
  6. models only: add 1% more and `dbt run`.
Timings are wall clock of the whole dbt process (start-up and parsing included); each build's slowest
nodes (run_results.json) are kept under `top_nodes`.
`incremental_work_over_full_work` = (incremental - no-op) / (full - no-op): the work an increment adds
over the fixed cost of a build, against the work of building everything (`_spread`: the same for the
spread increment). Each increment also records how many consolidated values and provenance rows it rewrote.

    .venv/bin/python bench/dbt.py                 # 10k, 100k, 1M -> bench/results/dbt.json
    .venv/bin/python bench/dbt.py --sizes 10000   # a quick run (results not written)
    .venv/bin/python bench/dbt.py --sizes 1000000 --repeat 2   # each size twice (noisy shared machine):
                                                  # the per-size numbers are the mean, every run is kept
    VNDX_DBT_PROJECT_DIR=<old checkout>/dbt_project .venv/bin/python bench/dbt.py --sizes 1000000 \
        --repeat 2 --save-as-before               # an older project's figures, kept as `before_work_scaling`

The results file keeps `baseline` (the numbers before the first incremental work) and
`before_work_scaling` (before the no-op-aware work) when it is rewritten, so before/after stay side by side.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import platform
import random
import threading
import time
from pathlib import Path

from vndx import config
from vndx.transform import run_dbt
from vndx.warehouse.db import connect, ensure_schema

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "dbt.json"
TARGET = REPO / ".vndx" / "bench" / "dbt_target"  # not the DAG's dbt_project/target
SEEDS = config.dbt_project_dir() / "seeds"
# New articles report on the current year: the spread 1% increments are facts about 2026 (the base
# load spreads facts uniformly over 2018-2026, ~30 observations per province x indicator x year).
NEW_YEARS = (2026, 2026)
# A day's crawl: a few sources' new articles, each about its own province, on this year and the last
# (a provincial portal reports on its province; the national papers on a few provinces a day).
DAY_YEARS = (2025, 2026)
DAY_PROVINCES = 5
KINDS = (("ranking", 0.05), ("portal", 0.35), ("newspaper", 0.60))
FACT_COLUMNS = (
    "fact_id", "batch_id", "doc_id", "source_id", "source_kind", "url", "province_slug", "indicator_code",
    "period_year", "value", "unit", "out_of", "evidence", "char_start", "char_end", "extractor_version",
    "published_at", "loaded_at",
)


def _catalog() -> tuple[list[dict], list[dict]]:
    provinces = list(csv.DictReader((SEEDS / "provinces.csv").open(encoding="utf-8")))
    indicators = list(csv.DictReader((SEEDS / "indicators.csv").open(encoding="utf-8")))
    return provinces, indicators


def _value(rng: random.Random, indicator: dict, era: str) -> tuple[float, int | None]:
    unit = indicator["unit"]
    if unit == "rank":
        basis = int(era)
        return float(rng.randint(1, basis)), basis
    low = float(indicator["valid_min"] or 0)
    high = float(indicator["valid_max"] or 100000)
    if unit == "count":
        return float(rng.randint(int(low), int(min(high, 100000)))), None
    return round(rng.uniform(low, high), 4), None


def _sources() -> list[tuple[str, str]]:
    return [(f"src_{i:03d}_{kind}", kind) for i, (kind, _) in enumerate(KINDS * 20)]


def load(
    url: str, n_facts: int, start: int, seed: int, loaded_at: dt.datetime | None, years=(2018, 2026),
    day_provinces: int | None = None,
) -> None:
    """COPY n_facts facts (ids start..start+n, periods in `years`) and their documents into raw.
    `day_provinces`: a day's crawl instead of random history: documents published today, each about one
    of that many 34-era provinces, all its facts (periods from 2025) about that province."""
    rng = random.Random(seed)
    provinces, indicators = _catalog()
    old = [p for p in provinces if p["era"] == "63"]
    new = [p for p in provinces if p["era"] == "34"]
    sources = _sources()
    weights = [w for _, w in KINDS] * 20
    n_docs = max(1, n_facts // 20)
    now = dt.datetime.now(dt.UTC)
    if day_provinces:
        new = rng.sample(new, day_provinces)  # published today: 2025 and 2026 facts are 34-era
    docs = []
    for d in range(n_docs):
        source_id, kind = rng.choices(sources, weights=weights)[0]
        doc_id = hashlib.sha256(f"doc-{start}-{d}".encode()).hexdigest()[:16]
        if day_provinces:
            published = now.date()
        else:
            published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2600))
        # parsed when loaded: a base document over the last 30 days, an increment's now
        parsed = loaded_at or now - dt.timedelta(days=1 + 30 * rng.random())
        docs.append(
            (doc_id, f"https://{source_id}.example/bai-{start}-{d}.html", source_id, kind, published, parsed)
        )
    # a day's document is about one province: its facts name it (in the fact's era)
    doc_province = {doc[0]: rng.randrange(len(new)) for doc in docs} if day_provinces else {}
    with connect(url) as conn, conn.cursor() as cur:
        with cur.copy(
            "copy raw.documents (doc_id, url, source_id, source_kind, content_sha256, title, published_at,"
            " published_basis, body_text, parser_version, batch_id, parsed_at) from stdin"
        ) as copy:
            for doc_id, doc_url, source_id, kind, published, parsed in docs:
                copy.write_row((doc_id, doc_url, source_id, kind, "0" * 64, "Chuyển đổi số", published,
                                "page metadata", "Nội dung bài viết về chuyển đổi số. " * 5, "bench",
                                f"{source_id}/{published}", parsed))
        with cur.copy(f"copy raw.facts ({', '.join(FACT_COLUMNS)}) from stdin") as copy:
            for i in range(start, start + n_facts):
                doc_id, doc_url, source_id, kind, published, _ = docs[rng.randrange(n_docs)]
                year = rng.randint(*years)
                if year <= 2024 or (year == 2025 and published < dt.date(2025, 7, 1)):
                    province, era = rng.choice(old), "63"
                elif doc_id in doc_province:
                    province, era = new[doc_province[doc_id]], "34"
                else:
                    province, era = rng.choice(new), "34"
                indicator = rng.choice(indicators)
                value, out_of = _value(rng, indicator, era)
                evidence = f"{province['name_vi']} đạt {value} ({indicator['name_vi']}) năm {year}"
                loaded = loaded_at or now - dt.timedelta(days=1 + 30 * rng.random())
                copy.write_row((
                    hashlib.sha256(f"fact-{i}".encode()).hexdigest()[:32], f"{source_id}/{published}",
                    doc_id, source_id, kind, doc_url, province["slug"], indicator["code"], year, value,
                    indicator["unit"], out_of, evidence, 0, len(evidence), "bench", published, loaded,
                ))
        conn.commit()
        conn.execute("analyze raw.facts")
        conn.execute("analyze raw.documents")


def _timed(url: str, *args: str) -> tuple[float, list[dict]]:
    """Wall seconds of one dbt invocation and its nodes' own seconds (run_results.json)."""
    start = time.perf_counter()
    result = run_dbt(*args, url=url, check=False, target_path=TARGET)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"dbt {args} failed:\n{result.stdout[-5000:]}\n{result.stderr[-2000:]}")
    run_results = json.loads((TARGET / "run_results.json").read_text())
    nodes = [
        {"node": r["unique_id"].split(".", 2)[-1], "s": round(r["execution_time"], 2)}
        for r in run_results["results"]
    ]
    return elapsed, sorted(nodes, key=lambda n: -n["s"])


def _fingerprint(url: str) -> dict[str, str]:
    """An md5 of every row but transformed_at (which run wrote it), per mart table: equal fingerprints
    = the same rows, whichever way they were built."""
    out = {}
    with connect(url) as conn:
        tables = [
            row[0] for row in conn.execute(
                "select table_name from information_schema.tables"
                " where table_schema = 'marts' and table_type = 'BASE TABLE' order by 1"
            )
        ]
        for table in tables:
            columns = [
                row[0] for row in conn.execute(
                    "select column_name from information_schema.columns where table_schema = 'marts'"
                    " and table_name = %s and column_name <> 'transformed_at' order by ordinal_position",
                    (table,),
                )
            ]
            row_text = " || '|' || ".join(f"coalesce(cast({c} as text), '~')" for c in columns)
            out[table] = conn.execute(
                f"select md5(string_agg(row_md5, '' order by row_md5))"
                f" from (select md5({row_text}) as row_md5 from marts.{table}) as rows_"
            ).fetchone()[0]
    return out


def _rewritten(url: str) -> dict[str, int]:
    """What the latest build rewrote: the consolidated values of its run and their provenance rows."""
    with connect(url) as conn:
        values, provenance = conn.execute(
            "with latest as (select indicator_value_id from marts.fct_indicator_value"
            " where transformed_at = (select max(transformed_at) from marts.fct_indicator_value))"
            " select (select count(*) from latest), (select count(*) from marts.rpt_value_provenance"
            " where indicator_value_id in (select indicator_value_id from latest))"
        ).fetchone()
    return {"values_rewritten": values, "provenance_rows_rewritten": provenance}


def _count(url: str, table: str) -> int:
    with connect(url) as conn:
        return conn.execute(f"select count(*) from marts.{table}").fetchone()[0]


TOP_NODES = 8


def bench_size(n_facts: int) -> dict:
    """Full build, no-op build, +1% incremental build (a day's shape), +1% more (spread over every 2026
    key); then the same data rebuilt from scratch (`dbt run --full-refresh`) must give the same marts;
    then models only (+1% more, `dbt run`)."""
    from vndx.warehouse.embedded import create_database  # noqa: PLC0415

    name = f"bench_dbt_{n_facts}"
    _drop(name)
    url = create_database(name)
    nodes = {}
    try:
        ensure_schema(url)
        t0 = time.perf_counter()
        load(url, n_facts, 0, seed=n_facts, loaded_at=None)
        load_s = time.perf_counter() - t0
        full_s, nodes["full"] = _timed(url, "build")
        # nothing new since the last build: what every build costs whatever the change
        noop_s, nodes["noop"] = _timed(url, "build")
        n_new = max(1, n_facts // 100)
        now = dt.datetime.now(dt.UTC)
        load(url, n_new, n_facts, seed=n_facts + 1, loaded_at=now, years=DAY_YEARS, day_provinces=DAY_PROVINCES)
        incremental_s, nodes["incremental"] = _timed(url, "build")
        day = _rewritten(url)
        load(url, n_new, n_facts + n_new, seed=n_facts + 3, loaded_at=dt.datetime.now(dt.UTC), years=NEW_YEARS)
        incremental_spread_s, nodes["incremental_spread"] = _timed(url, "build")
        spread = _rewritten(url)
        n_obs = _count(url, "fct_indicator_observation")
        n_values = _count(url, "fct_indicator_value")
        assert n_obs == n_facts + 2 * n_new, (n_obs, n_facts + 2 * n_new)
        incremental_marts = _fingerprint(url)
        # models only: `dbt run --full-refresh` (the same data from scratch), then 1% more and `dbt run`
        run_full_s, _ = _timed(url, "run", "--full-refresh")
        full_refresh_marts = _fingerprint(url)
        if incremental_marts != full_refresh_marts:
            raise SystemExit(f"incremental marts differ from full refresh: {incremental_marts} {full_refresh_marts}")
        load(
            url, n_new, n_facts + 2 * n_new, seed=n_facts + 2, loaded_at=dt.datetime.now(dt.UTC), years=NEW_YEARS
        )
        run_incremental_s, _ = _timed(url, "run")
        assert _count(url, "fct_indicator_observation") == n_facts + 3 * n_new
        return {
            "facts": n_facts,
            "new_facts": n_new,
            "load_s": round(load_s, 2),
            "full_s": round(full_s, 2),
            "noop_s": round(noop_s, 2),
            "incremental_s": round(incremental_s, 2),
            "incremental_spread_s": round(incremental_spread_s, 2),
            "run_full_s": round(run_full_s, 2),
            "run_incremental_s": round(run_incremental_s, 2),
            "incremental_work_over_full_work": _work_ratio(full_s, noop_s, incremental_s),
            "incremental_work_over_full_work_spread": _work_ratio(full_s, noop_s, incremental_spread_s),
            "rewritten": {"incremental": day, "incremental_spread": spread},
            "incremental_equals_full_refresh": True,
            "observations": n_obs,
            "indicator_values": n_values,
            "top_nodes": {phase: ranked[:TOP_NODES] for phase, ranked in nodes.items()},
        }
    finally:
        _drop(name)


def _work_ratio(full_s: float, noop_s: float, incremental_s: float) -> float:
    """(incremental - no-op) / (full - no-op): the work an increment adds over what every build costs."""
    return round(max(incremental_s - noop_s, 0.0) / (full_s - noop_s), 3)


def _mean(runs: list[dict]) -> dict:
    """One size's numbers: the mean of its runs' timings (the work ratio from those means); every
    run's timings and ratio kept under `runs` when repeated, the top nodes of the last run."""
    if len(runs) == 1:
        return runs[0]
    merged = dict(runs[-1])
    for key in runs[0]:
        if key.endswith("_s"):
            merged[key] = round(sum(run[key] for run in runs) / len(runs), 2)
    merged["incremental_work_over_full_work"] = _work_ratio(
        merged["full_s"], merged["noop_s"], merged["incremental_s"]
    )
    merged["incremental_work_over_full_work_spread"] = _work_ratio(
        merged["full_s"], merged["noop_s"], merged["incremental_spread_s"]
    )
    merged["runs"] = [
        {k: v for k, v in run.items() if k.endswith("_s") or k.startswith("incremental_work_over_full_work")}
        for run in runs
    ]
    return merged


def _label(size: int | str) -> str:
    return {"1000000": "1m", "10000000": "10m"}.get(str(size), str(size))


def _ratios(results: dict) -> dict[str, dict[str, float]]:
    """Per size of 1 M facts or more: incremental/full as before, and the work ratio without the no-op."""
    out = {}
    for size, res in results.items():
        if int(size) >= 1_000_000:
            out[size] = {
                "incremental_over_full": round(res["incremental_s"] / res["full_s"], 3),
                "run_incremental_over_full": round(res["run_incremental_s"] / res["run_full_s"], 3),
                "incremental_work_over_full_work": res["incremental_work_over_full_work"],
                "incremental_work_over_full_work_spread": res["incremental_work_over_full_work_spread"],
            }
    return out


def _drop(name: str) -> None:
    from vndx.warehouse import embedded  # noqa: PLC0415

    with connect(embedded.up().url("postgres"), autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


class _LoadSampler:
    """The 1-minute load average at the start, every 10 s during the run (min, max) and at the end."""

    def __init__(self) -> None:
        self.start = os.getloadavg()[0]
        self.samples: list[float] = [self.start]
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self._stop.wait(10):
            self.samples.append(os.getloadavg()[0])

    def summary(self) -> dict[str, float]:
        self._stop.set()
        end = os.getloadavg()[0]
        return {"at_start": round(self.start, 2), "during_min": round(min(self.samples), 2),
                "during_max": round(max(self.samples), 2), "at_end": round(end, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (mean reported, all kept)")
    parser.add_argument(
        "--save-as-before", nargs="?", const="before_work_scaling", metavar="KEY",
        help="store this run under KEY (default before_work_scaling; must start with before_) in the"
        " results file, keeping the rest",
    )
    args = parser.parse_args(argv)
    load = _LoadSampler()  # the machine may be shared: every figure comes with the load it ran at
    results = {}
    for size in args.sizes:
        runs = []
        for _ in range(args.repeat):
            runs.append(bench_size(size))
            print(json.dumps(runs[-1]), flush=True)
        results[str(size)] = _mean(runs)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if "1000000" in results:
        report = {
            "command": "`.venv/bin/python bench/dbt.py --sizes 1000000 --repeat 2`;"
            " full/noop/incremental_s: `dbt build` (seeds, models, data tests, unit tests) on new data,"
            " on nothing new, after adding 1% new facts shaped like a day's crawl (incremental_s: new"
            " documents published today about 5 provinces, periods 2025-2026), after adding 1% more spread"
            " over every 2026 key (incremental_spread_s); run_*: `dbt run --full-refresh` / `dbt run`"
            " (models only); wall clock of the dbt process via vndx.transform.run_dbt; top_nodes: the"
            " slowest nodes of each build (run_results.json execution_time)",
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                        "load_average": load.summary()},
            "sizes": results,
            **{
                f"{key}_{_label(size)}": ratio
                for size, ratios in _ratios(results).items()
                for key, ratio in ratios.items()
            },
            "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        if args.save_as_before:
            if not args.save_as_before.startswith("before_"):
                parser.error("--save-as-before KEY must start with before_")
            previous[args.save_as_before] = report
            report = previous
        else:
            for kept in previous:
                if kept in ("baseline", "note") or kept.startswith("before_"):
                    report[kept] = previous[kept]
        RESULTS.write_text(json.dumps(report, indent=2) + "\n")
        print(json.dumps({k: v for k, v in report.items() if k.endswith(("_1m", "_10m"))}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
