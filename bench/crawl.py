"""Crawl benchmark: a generated site of >= 2,000 pages over 20 loopback hosts (127.0.0.10-29).

    .venv/bin/python bench/crawl.py [--hosts 20] [--pages 100] [--delay 0.05] [--delay-pages 40]

Three phases, all traffic on 127.0.0.x, in a scratch database (`scratch_scrapers_bench`, recreated):
1. delay 0: every host's 100 article pages (+ robots.txt, sitemap): pages/s and peak RSS of this
   process (the servers run in a child process);
2. delay d per host on a fresh batch with `--delay-pages` pages per host: wall time / ideal, where
   ideal = max over hosts of (gated requests on that host - 1) x d (sitemap + articles, spaced start
   to start); 1.0 is perfect, <= 1.2 is the target;
3. phase 1's batches again with nothing changed: time, and rows added to raw.* (must be 0; pages
   answer 304 Not Modified).
Writes bench/results/crawl.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import resource
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from scrapers.crawl import crawl_source
from scrapers.fetcher import Fetcher
from scrapers.registry import source_from_dict
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


def _serve(hosts: int, pages: int, ready: mp.Queue, stop: mp.Event) -> None:
    servers = []
    for i in range(hosts):
        srv = ThreadingHTTPServer((f"127.0.0.{10 + i}", 0), _Handler)
        srv.daemon_threads = True
        srv.host_no, srv.pages = i, pages
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
    ready.put([f"http://{s.server_address[0]}:{s.server_address[1]}" for s in servers])
    stop.wait()
    for srv in servers:
        srv.shutdown()


def _counts(url: str) -> int:
    with connect(url) as conn:
        return sum(conn.execute(f"select count(*) from raw.{t}").fetchone()[0]
                   for t in ("fetch_log", "pages", "page_urls"))


def _crawl_all(sources, *, url: str, raw_root: str, batch_day: str, fetcher) -> tuple[float, int]:
    def one(src):
        with connect(url) as conn:
            s = crawl_source(src, batch_id=f"{src.id}/{batch_day}", conn=conn, raw_root=raw_root,
                             fetcher=fetcher, max_workers=2, relevant=is_relevant)
            return len(s.pages)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(sources)) as pool:
        landed = sum(pool.map(one, sources))
    return time.perf_counter() - started, landed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--delay-pages", type=int, default=20)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "crawl.json"))
    args = ap.parse_args()

    db = "scratch_scrapers_bench"
    url = embedded.create_database(db)
    with connect(url, autocommit=True) as conn:
        conn.execute("drop schema if exists raw cascade")
    ensure_schema(url)

    ctx = mp.get_context("spawn")
    ready, stop = ctx.Queue(), ctx.Event()
    proc = ctx.Process(target=_serve, args=(args.hosts, args.pages, ready, stop), daemon=True)
    proc.start()
    bases = ready.get(timeout=30)
    results: dict = {"hosts": args.hosts, "pages_per_host": args.pages}
    try:
        def sources(delay: float, suffix: str):
            return [source_from_dict({
                "id": f"bench-{i}{suffix}", "publisher": f"bench host {i}", "kind": "newspaper",
                "base_urls": [b + "/"], "crawl_delay": delay,
                "discovery": {"sitemaps": [b + "/sitemap.xml"]},
            }) for i, b in enumerate(bases)]

        with tempfile.TemporaryDirectory() as raw_root, Fetcher(pool_size=64) as fetcher:
            # 1. throughput, delay 0
            before = _counts(url)
            wall, landed = _crawl_all(sources(0.0, ""), url=url, raw_root=raw_root, batch_day="2024-01-01",
                                      fetcher=fetcher)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            rows_first = _counts(url) - before
            results.update(pages=landed, wall_s=round(wall, 3), pages_per_s=round(landed / wall, 1),
                           peak_rss_mb=round(peak, 1), rows_first_run=rows_first)
            print(f"throughput: {landed} pages in {wall:.2f}s = {landed / wall:.0f} pages/s, "
                  f"peak RSS {peak:.0f} MB", flush=True)

            # 3. re-run the same batches, nothing changed
            before = _counts(url)
            wall2, again = _crawl_all(sources(0.0, ""), url=url, raw_root=raw_root, batch_day="2024-01-01",
                                      fetcher=fetcher)
            results.update(rerun_wall_s=round(wall2, 3), rerun_pages=again,
                           rerun_rows_added=_counts(url) - before)
            print(f"re-run: {again} pages (304) in {wall2:.2f}s, rows added {results['rerun_rows_added']}",
                  flush=True)

        # 2. politeness: fewer pages per host, a delay d, fresh fetcher and batch per setting
        for n, (delay, per_host) in enumerate([(args.delay, args.delay_pages), (0.05, 40)]):
            with tempfile.TemporaryDirectory() as raw_root, Fetcher(pool_size=64) as fetcher:
                for b in bases:  # robots.txt first (cached), so the timed run is sitemap + articles only
                    fetcher.robots_allows(b + "/")
                srcs = [_limit(source_from_dict({
                    "id": f"polite{n}-{i}", "publisher": f"bench host {i}", "kind": "newspaper",
                    "base_urls": [b + "/"], "crawl_delay": delay,
                    "discovery": {"sitemaps": [b + "/sitemap.xml"]},
                }), per_host) for i, b in enumerate(bases)]
                wall3, landed3 = _crawl_all(srcs, url=url, raw_root=raw_root, batch_day="2024-01-02",
                                            fetcher=fetcher)
            ideal = per_host * delay  # 1 sitemap + N articles per host = N gaps of d (start to start)
            key = "politeness" if n == 0 else "politeness_d005"
            results.update({f"{key}_delay_s": delay, f"{key}_pages_per_host": per_host,
                            f"{key}_pages": landed3, f"{key}_wall_s": round(wall3, 3),
                            f"{key}_ideal_s": round(ideal, 3), f"{key}_ratio": round(wall3 / ideal, 3),
                            f"{key}_requests_per_s_needed": round(len(bases) / delay, 1)})
            print(f"politeness d={delay}: {landed3} pages, wall {wall3:.2f}s vs ideal {ideal:.2f}s "
                  f"-> ratio {wall3 / ideal:.2f}", flush=True)
    finally:
        stop.set()
        proc.join(timeout=10)
    results["command"] = "python bench/crawl.py " + " ".join(sys.argv[1:])
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


def _limit(source, n: int):
    """Keep only the first n article URLs of the sitemap (pattern on the page number)."""

    pattern = r"/chuyen-doi-so-(" + "|".join(str(k) for k in range(n)) + r")\.html$"
    return replace(source, article_url_pattern=pattern)


if __name__ == "__main__":
    main()
