"""Crawl benchmark: a generated site of >= 2,000 pages over 20 loopback hosts (127.0.0.10-29).

    .venv/bin/python bench/crawl.py [--hosts 20] [--pages 100] [--delay 0.2] [--delay-pages 20]
                                    [--schedule-days 30] [--schedule-hosts 5] [--repeats 3]

Phases, all traffic on 127.0.0.x, in a scratch database (`scratch_scrapers_bench`, recreated); the
servers (a child process) count every request they answer, by kind:
1. delay 0: every host's 100 article pages (+ robots.txt, sitemap): pages/s and peak RSS of this
   process;
2. the same batches re-run at once with nothing changed, as the next run would (a new fetcher,
   the revisit policy with the wall clock), `--repeats` times: `rerun_requests` = the most
   requests one re-run sent other than robots.txt (counted apart), against the number of
   discovery pages (one sitemap per host); `rerun_over_first_wall` = the median re-run's wall
   time / the first run's; rows added to raw.* by all of them (must be 0);
3. the revisit schedule over `--schedule-days` daily runs of `--schedule-hosts` hosts, nothing
   changing, the policy's clock moved one day per run: article requests per day, against one per
   article per day without the policy;
4. politeness, delay d per host on a fresh batch with `--delay-pages` pages per host, each crawl
   from its start (robots.txt is its first request, as in a real run): `politeness_ratio` = wall
   time / ideal, where ideal = (gated requests per host - 1) x d (robots.txt + sitemap + articles,
   counted by the servers; spaced start to start): the time a crawler that wasted nothing
   between its requests would take, less its last request and landing (a few ms); 1.0 is
   perfect, <= 1.1 the target. The crawl threads are started first and released together (as
   the separate task processes of a real run start); `..._ratios_with_thread_starts` counts the
   bench's thread starts too. `..._host_ratio_max`/`_median`: each crawl's own duration / ideal.
   `--repeats` runs, each on a fresh batch; the median run is reported, every ratio kept, with
   the machine's load average during each; `politeness_history` keeps the ratios of the last
   runs written to the same file (the machine is shared). Where the rest goes (from the request start times):
   before the first request, the gaps' excess over d, and after the last request (landing the
   last page, closing the WARC file and its index).
Writes bench/results/crawl.json.
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import multiprocessing as mp
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple

from scrapers.crawl import crawl_source
from scrapers.fetcher import Fetcher
from scrapers.registry import source_from_dict
from scrapers.revisit import RevisitPolicy
from vndx.relevance import is_relevant
from vndx.warehouse import embedded
from vndx.warehouse.db import connect, ensure_schema

ROOT = Path(__file__).resolve().parents[1]

PARA = ("Tỉnh tiếp tục đẩy mạnh chuyển đổi số trên cả ba trụ cột chính quyền số, kinh tế số và xã hội số; "
        "tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt {n}%. ")


def _page(host: int, n: int) -> bytes:
    body = "".join(f"<p>{PARA.format(n=(n * 7 + k) % 100)}</p>" for k in range(20))
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chuyển đổi số {host}-{n}'
            f'</title></head><body><nav>menu</nav><article class="content"><h1>Chuyển đổi số {n}</h1>'
            f"{body}</article><footer>footer</footer></body></html>").encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body in one write, no Nagle: written apart, a response's body waited for the
    # client's delayed ACK of its headers (40 ms on Linux), which real servers do not make it do.
    wbufsize = -1
    disable_nagle_algorithm = True

    def log_message(self, format, *args):
        pass

    def _send(self, status: int, body: bytes, ctype: str, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        host, pages = self.server.host_no, self.server.pages
        base = f"http://{self.headers['Host']}"
        kind = {"/robots.txt": 0, "/sitemap.xml": 1}.get(self.path, 2)
        with self.server.hits.get_lock():
            self.server.hits[kind] += 1
        if self.path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /admin/\n", "text/plain")
        if self.path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{base}/tin-tuc/chuyen-doi-so-{n}.html</loc></url>" for n in range(pages))
            xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return self._send(200, xml.encode(), "application/xml")
        if self.path.startswith("/tin-tuc/chuyen-doi-so-"):
            n = int(self.path.rsplit("-", 1)[1].split(".")[0])
            body = _page(host, n)
            etag = '"' + hashlib.md5(body).hexdigest() + '"'  # an ETag, not security
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            return self._send(200, body, "text/html; charset=utf-8", etag)
        return self._send(404, b"not found", "text/plain")


KINDS = ("robots", "sitemap", "article")  # the servers' request counters, by path


def _serve(hosts: int, pages: int, ready: mp.Queue, stop: mp.Event, hits) -> None:
    servers = []
    for i in range(hosts):
        srv = ThreadingHTTPServer((f"127.0.0.{10 + i}", 0), _Handler)
        srv.daemon_threads = True
        srv.host_no, srv.pages, srv.hits = i, pages, hits
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
    ready.put([f"http://{s.server_address[0]}:{s.server_address[1]}" for s in servers])
    stop.wait()
    for srv in servers:
        srv.shutdown()


def _counts(url: str) -> int:
    with connect(url) as conn:
        return sum(conn.execute(f"select count(*) from raw.{t}").fetchone()[0]
                   for t in ("fetch_log", "pages", "page_urls", "url_revisits"))


def _take_hits(hits) -> dict[str, int]:
    """The servers' request counts since the last call, by kind."""
    with hits.get_lock():
        out = dict(zip(KINDS, hits[:], strict=True))
        for i in range(len(KINDS)):
            hits[i] = 0
    return out


class Run(NamedTuple):
    wall_s: float  # from the moment every crawl thread is up and released, to the last crawl's end
    landed: int
    wall_with_thread_starts_s: float  # from before the bench's threads were started
    began: float  # perf_counter() at the release
    spans: dict[str, tuple[float, float]]  # source id -> its crawl_source call's (start, end)


def _crawl_all(sources, *, url: str, raw_root: str, batch_day: str, fetcher,
               now: datetime | None = None, force: bool = False) -> Run:
    """Crawl every source at once (one thread each), under the revisit policy at `now`.

    The threads are started first and released together: as the separate task processes of a
    real run start, rather than each crawl waiting for the thread start of the one before (a
    thread start waits for the GIL, slow beside 20 running crawls)."""
    policy = RevisitPolicy(now=now or datetime.now(UTC), force=force)
    release = threading.Barrier(len(sources) + 1)
    spans: dict[str, tuple[float, float]] = {}

    def one(src):
        release.wait()
        started = time.perf_counter()
        s = crawl_source(src, batch_id=f"{src.id}/{batch_day}", connect=lambda: connect(url), raw_root=raw_root,
                         fetcher=fetcher, max_workers=2, relevant=is_relevant, revisit_policy=policy)
        spans[src.id] = (started, time.perf_counter())
        return len(s.pages)

    created = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(sources)) as pool:
        futures = [pool.submit(one, src) for src in sources]
        release.wait()
        began = time.perf_counter()
        landed = sum(f.result() for f in futures)
    ended = time.perf_counter()
    return Run(ended - began, landed, ended - created, began, spans)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--delay-pages", type=int, default=20)
    ap.add_argument("--schedule-days", type=int, default=30)
    ap.add_argument("--schedule-hosts", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3, help="re-run and politeness phases: the median of this many")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "crawl.json"))
    args = ap.parse_args()

    db = "scratch_scrapers_bench"
    url = embedded.create_database(db)
    with connect(url, autocommit=True) as conn:
        conn.execute("drop schema if exists raw cascade")
    ensure_schema(url)

    ctx = mp.get_context("spawn")
    ready, stop = ctx.Queue(), ctx.Event()
    hits = ctx.Array(ctypes.c_long, len(KINDS))
    proc = ctx.Process(target=_serve, args=(args.hosts, args.pages, ready, stop, hits), daemon=True)
    proc.start()
    bases = ready.get(timeout=30)
    results: dict = {"hosts": args.hosts, "pages_per_host": args.pages}
    # One raw store for every phase, as for the one database: raw.pages points into it, and a
    # revisit record reads the response it refers to.
    raw_dir = tempfile.TemporaryDirectory()
    raw_root = raw_dir.name
    try:
        def sources(delay: float, suffix: str, hosts=bases):
            return [source_from_dict({
                "id": f"bench-{i}{suffix}", "publisher": f"bench host {i}", "kind": "newspaper",
                "base_urls": [b + "/"], "crawl_delay": delay,
                "discovery": {"sitemaps": [b + "/sitemap.xml"]},
            }) for i, b in enumerate(hosts)]

        # 1. throughput, delay 0
        before = _counts(url)
        _take_hits(hits)
        with Fetcher(pool_size=64) as fetcher:
            wall, landed, *_ = _crawl_all(sources(0.0, ""), url=url, raw_root=raw_root, batch_day="2024-01-01",
                                          fetcher=fetcher)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows_first = _counts(url) - before
        first_hits = _take_hits(hits)
        results.update(pages=landed, wall_s=round(wall, 3), pages_per_s=round(landed / wall, 1),
                       peak_rss_mb=round(peak, 1), rows_first_run=rows_first,
                       first_requests=first_hits["sitemap"] + first_hits["article"])
        print(f"throughput: {landed} pages in {wall:.2f}s = {landed / wall:.0f} pages/s, "
              f"peak RSS {peak:.0f} MB", flush=True)

        # 2. re-run the same batches, nothing changed: a new run (new fetcher), the policy decides;
        # `--repeats` times (this machine is shared: the median, every value kept)
        before = _counts(url)
        reruns, rerun_hits = [], []
        for _ in range(args.repeats):
            with Fetcher(pool_size=64) as fetcher:
                wall2, again, *_ = _crawl_all(sources(0.0, ""), url=url, raw_root=raw_root,
                                              batch_day="2024-01-01", fetcher=fetcher)
            reruns.append(wall2)
            rerun_hits.append(_take_hits(hits))
        wall2 = statistics.median(reruns)
        most = max(rerun_hits, key=lambda h: h["sitemap"] + h["article"])  # the worst re-run
        results.update(rerun_wall_s=round(wall2, 3), rerun_walls_s=[round(w, 3) for w in reruns],
                       rerun_pages=again, rerun_requests=most["sitemap"] + most["article"],
                       rerun_article_requests=most["article"], rerun_robots_txt_requests=most["robots"],
                       discovery_pages=len(bases),  # one sitemap per host
                       rerun_over_first_wall=round(wall2 / wall, 3),
                       rerun_rows_added=_counts(url) - before)
        print(f"re-run x{args.repeats}: {results['rerun_requests']} requests ({most['article']} articles,"
              f" + {most['robots']} robots.txt) in {wall2:.2f}s (median of {results['rerun_walls_s']})"
              f" = {wall2 / wall:.3f} of the first run, rows added {results['rerun_rows_added']}", flush=True)

        # 3. the schedule: daily runs of a few hosts, nothing changing, the clock one day on per run
        start = datetime.now(UTC)
        by_day = []
        for day in range(1, args.schedule_days + 1):
            with Fetcher(pool_size=64) as fetcher:
                _crawl_all(sources(0.0, "", bases[:args.schedule_hosts]), url=url, raw_root=raw_root,
                           batch_day=f"schedule-{day:02d}", fetcher=fetcher, now=start + timedelta(days=day))
            by_day.append(_take_hits(hits)["article"])
        known = args.schedule_hosts * args.pages
        results.update(schedule_days=args.schedule_days, schedule_articles=known,
                       schedule_article_requests_by_day=by_day,
                       schedule_article_requests=sum(by_day),
                       schedule_article_requests_without_policy=known * args.schedule_days)
        print(f"schedule: {sum(by_day)} article requests in {args.schedule_days} days for {known} unchanged"
              f" articles (without the policy {known * args.schedule_days}); by day {by_day}", flush=True)

        # 4. politeness: fewer pages per host, a delay d, fresh fetcher and batch per setting; a full
        # re-read (the URLs are known from phase 1), so every article is requested. Each crawl
        # starts as a real one does: robots.txt is its first request (the host's first slot).
        for n, (delay, per_host) in enumerate([(args.delay, args.delay_pages), (0.05, 40)]):
            runs = []
            for rep in range(args.repeats):
                _take_hits(hits)
                load_before = os.getloadavg()[0]
                with Fetcher(pool_size=64) as fetcher:
                    starts = _record_request_starts(fetcher)
                    srcs = [_limit(source_from_dict({
                        "id": f"polite{n}-{i}", "publisher": f"bench host {i}", "kind": "newspaper",
                        "base_urls": [b + "/"], "crawl_delay": delay,
                        "discovery": {"sitemaps": [b + "/sitemap.xml"]},
                    }), per_host) for i, b in enumerate(bases)]
                    run = _crawl_all(srcs, url=url, raw_root=raw_root, batch_day=f"2024-02-{rep + 1:02d}",
                                     fetcher=fetcher, force=True)
                requests_per_host = sum(_take_hits(hits).values()) / len(bases)  # robots + sitemap + pages
                ideal = (requests_per_host - 1) * delay  # that many gaps of d, start to start
                host_ratios = sorted((end - start) / ideal for start, end in run.spans.values())
                runs.append({"ratio": run.wall_s / ideal, "wall_s": run.wall_s, "landed": run.landed,
                             "ideal_s": ideal, "requests_per_host": requests_per_host,
                             "ratio_with_thread_starts": run.wall_with_thread_starts_s / ideal,
                             "host_ratio_max": host_ratios[-1],
                             "host_ratio_median": statistics.median(host_ratios),
                             "load_average": round(max(load_before, os.getloadavg()[0]), 2),
                             **_where_time_went(starts, run.began, run.wall_s, delay)})
            runs.sort(key=lambda r: r["ratio"])
            med = runs[len(runs) // 2]  # the median run
            key = "politeness" if n == 0 else "politeness_d005"
            results.update({
                f"{key}_delay_s": delay, f"{key}_pages_per_host": per_host,
                f"{key}_requests_per_host": med["requests_per_host"], f"{key}_pages": med["landed"],
                f"{key}_wall_s": round(med["wall_s"], 3), f"{key}_ideal_s": round(med["ideal_s"], 3),
                f"{key}_ratio": round(med["ratio"], 3),
                f"{key}_ratios": [round(r["ratio"], 3) for r in runs],
                f"{key}_ratio_spread": round(runs[-1]["ratio"] - runs[0]["ratio"], 3),
                f"{key}_ratios_with_thread_starts": sorted(round(r["ratio_with_thread_starts"], 3) for r in runs),
                f"{key}_host_ratio_max": round(med["host_ratio_max"], 3),
                f"{key}_host_ratio_median": round(med["host_ratio_median"], 3),
                f"{key}_load_averages": [r["load_average"] for r in runs],
                f"{key}_requests_per_s_needed": round(len(bases) / delay, 1),
                # above 1, the delay asks for more than this process crawls at delay 0 (phase 1):
                # the ratio then measures throughput, not the pacing
                f"{key}_needed_over_throughput": round(len(bases) / delay / results["pages_per_s"], 2),
                **{f"{key}_{k}": med[k] for k in WHERE}})
            print(f"politeness d={delay}: {med['landed']} pages, wall {med['wall_s']:.2f}s vs ideal "
                  f"{med['ideal_s']:.2f}s -> ratio {med['ratio']:.3f} (median of {results[f'{key}_ratios']}; "
                  f"load {results[f'{key}_load_averages']})", flush=True)
    finally:
        stop.set()
        proc.join(timeout=10)
        raw_dir.cleanup()
    results["command"] = "python bench/crawl.py " + " ".join(sys.argv[1:])
    results["politeness_history"] = _history(Path(args.out), results)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


HISTORY_RUNS = 12


def _history(out: Path, results: dict) -> list[dict]:
    """The politeness figures of this run and the earlier runs kept in `out` (the last
    HISTORY_RUNS): this machine is shared, so one run's median says little of the spread."""
    try:
        earlier = json.loads(out.read_text()).get("politeness_history", [])
    except (OSError, ValueError):
        earlier = []
    this = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "command": results["command"],
            **{k: results[k] for k in ("politeness_ratios", "politeness_load_averages",
                                       "politeness_d005_ratios", "politeness_d005_load_averages")}}
    return [*earlier, this][-HISTORY_RUNS:]


def _record_request_starts(fetcher) -> dict[str, list[float]]:
    """Each request's start time (perf_counter), by host: where the politeness phase's time goes.
    (The fetcher prepares a request while the delay runs; its start is the `send`.)"""
    starts: dict[str, list[float]] = {}
    lock = threading.Lock()
    send = fetcher.session.send

    def timed_send(request, **kwargs):
        with lock:
            starts.setdefault(request.url.split("/")[2], []).append(time.perf_counter())
        return send(request, **kwargs)

    fetcher.session.send = timed_send
    return starts


WHERE = ("before_first_request_s", "gaps_excess_s", "after_last_request_s")


def _where_time_went(starts: dict[str, list[float]], began: float, wall: float, delay: float) -> dict:
    """For the host whose last request started last: seconds before its first request, its gaps'
    excess over the delay, and from its last request to the end of the run."""
    host = max(starts, key=lambda h: starts[h][-1])
    times = sorted(starts[host])
    excess = sum(b - a - delay for a, b in zip(times, times[1:], strict=False))
    return {"before_first_request_s": round(times[0] - began, 3), "gaps_excess_s": round(excess, 3),
            "after_last_request_s": round(began + wall - times[-1], 3)}


def _limit(source, n: int):
    """Keep only the first n article URLs of the sitemap (pattern on the page number)."""

    pattern = r"/chuyen-doi-so-(" + "|".join(str(k) for k in range(n)) + r")\.html$"
    return replace(source, article_url_pattern=pattern)


if __name__ == "__main__":
    main()
