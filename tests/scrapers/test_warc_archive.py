"""The crawl lands WARC/1.1 (request + response, revisits for known payloads, a CDXJ index per file),
the raw.* rows point at (file, offset), and warcio's own checker passes on every file."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from scrapers import errors
from scrapers.crawl import crawl_source
from scrapers.landing import read_page
from scrapers.registry import source_from_dict
from scrapers.warc import PROFILE_NOT_MODIFIED, check_files, read_capture, sha256_of_digest, warc_files
from tests.scrapers.faultsite import base_url, fault_site
from vndx.warehouse.db import connect

PAGES = ["/ok/chuyen-doi-so-1.html", "/ok/chuyen-doi-so-2.html", "/dup-a.html", "/dup-b.html", "/missing.html"]


def _source(base: str):
    return source_from_dict({
        "id": "faults", "publisher": "fault site", "kind": "portal", "province": "dak-lak",
        "base_urls": [base + "/"], "crawl_delay": 0.0, "relevance_filter": False,
        "discovery": {"listings": [{"url": base + "/listing.html", "link_selector": "a"}]},
    })


def _records(path: Path) -> list[dict]:
    out = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            body = record.raw_stream.read()
            h = record.rec_headers
            out.append({
                "type": record.rec_type, "offset": it.get_record_offset(), "uri": h.get_header("WARC-Target-URI"),
                "digest": h.get_header("WARC-Payload-Digest"), "profile": h.get_header("WARC-Profile"),
                "refers_to": h.get_header("WARC-Refers-To"), "id": h.get_header("WARC-Record-ID"),
                "concurrent_to": h.get_header("WARC-Concurrent-To"), "version": h.protocol,
                "sha256": hashlib.sha256(body).hexdigest(),
                "http": dict(record.http_headers.headers) if record.http_headers else {},
            })
    return out


def test_crawl_lands_warc_records_rows_point_at_them_and_warcio_check_passes(fresh_db, tmp_path, quick_fetcher):
    root = str(tmp_path)
    with fault_site(PAGES) as server, connect(fresh_db) as conn:
        base = base_url(server)
        src = _source(base)
        first = crawl_source(src, batch_id="faults/2023-10-01", conn=conn, raw_root=root, fetcher=quick_fetcher)
        second = crawl_source(src, batch_id="faults/2023-10-02", conn=conn, raw_root=root, fetcher=quick_fetcher)
        pages = conn.execute("select content_sha256, warc_filename, warc_record_offset, storage_ref"
                             " from raw.pages").fetchall()
        urls = conn.execute("select batch_id, url, final_url, content_sha256, warc_filename, warc_record_offset"
                            " from raw.page_urls order by batch_id, url").fetchall()
    assert first.errors[errors.DUPLICATE_CONTENT] == 1 and first.errors[errors.HTTP_404] == 1

    files = warc_files(root)
    # one WARC file per crawl of a batch, in the batch's folder, each with its CDXJ index
    assert [f.relative_to(tmp_path).parent.as_posix() for f in files] == [
        "warc/faults/2023-10-01", "warc/faults/2023-10-02"]
    for f in files:
        assert f.with_name(f.name.removesuffix(".warc.gz") + ".cdxj").exists()
    ok, report = check_files(files)
    assert ok, report
    cli = subprocess.run([str(Path(sys.executable).with_name("warcio")), "check", "-v", *map(str, files)],
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert "digest pass" in cli.stdout and "fail" not in cli.stdout.lower()

    day1, day2 = (_records(f) for f in files)
    assert {r["version"] for r in day1 + day2} == {"WARC/1.1"}
    assert day1[0]["type"] == "warcinfo"
    responses = [r for r in day1 if r["type"] == "response"]
    # every body once: listing + ok-1 + ok-2 + dup-a (dup-b has the same bytes: a revisit)
    assert len(responses) == 4 == len(pages)
    for r in responses:
        assert sha256_of_digest(r["digest"]) == r["sha256"]  # the payload digest is the content hash
    revisits = [r for r in day1 if r["type"] == "revisit"]
    assert [r["uri"] for r in revisits] == [base + "/dup-b.html"]
    dup_a = next(r for r in responses if r["uri"] == base + "/dup-a.html")
    assert revisits[0]["refers_to"] == dup_a["id"] and revisits[0]["digest"] == dup_a["digest"]
    # each response or revisit has its request record, concurrent to it
    requests = {r["concurrent_to"]: r for r in day1 if r["type"] == "request"}
    assert set(requests) == {r["id"] for r in responses + revisits}
    assert requests[dup_a["id"]]["http"]["User-Agent"].startswith("vndx/")

    # raw.pages points at the response holding each body; raw.page_urls at each batch's own record
    for sha, filename, offset, storage_ref in pages:
        capture = read_capture(root, filename, offset)
        assert (capture.record_type, capture.payload_sha256) == ("response", sha)
        assert storage_ref == f"{filename}#{offset}"
    for batch, url, final_url, sha, filename, offset in urls:
        capture = read_capture(root, filename, offset, with_body=False)
        assert capture.target_uri == final_url and capture.payload_sha256 == sha, (batch, url)
        if batch.endswith("2023-10-01"):
            assert capture.record_type == ("revisit" if url.endswith("/dup-b.html") else "response")

    # the next batch: unchanged pages answered 304, archived as server-not-modified revisits
    assert {p.url: p.status for p in second.pages if "/ok/" in p.url} == {
        base + "/ok/chuyen-doi-so-1.html": 304, base + "/ok/chuyen-doi-so-2.html": 304}
    not_modified = [r for r in day2 if r["type"] == "revisit"]
    assert {r["uri"] for r in not_modified} >= {base + "/ok/chuyen-doi-so-1.html", base + "/ok/chuyen-doi-so-2.html"}
    assert all(r["profile"] == PROFILE_NOT_MODIFIED for r in not_modified if "/ok/" in r["uri"])
    conditional = [requests2 for requests2 in day2 if requests2["type"] == "request"
                   and "/ok/" in requests2["uri"]]
    assert conditional and all("If-None-Match" in r["http"] for r in conditional)
    assert not [r for r in day2 if r["type"] == "response" and "/ok/" in r["uri"]]  # no body archived twice

    # the raw store alone (no database): a body found through the CDXJ indexes, byte for byte
    ok1 = next(p for p in first.pages if p.url.endswith("/ok/chuyen-doi-so-1.html"))
    page = read_page(root, ok1.content_sha256)
    assert hashlib.sha256(page.body).hexdigest() == ok1.content_sha256
    assert page.status == 200 and page.headers.get("etag")

    cdxj = files[0].with_name(files[0].name.removesuffix(".warc.gz") + ".cdxj").read_text().splitlines()
    assert cdxj == sorted(cdxj)  # pywb needs a sorted index
    entry = json.loads(cdxj[0].split(" ", 2)[2])
    assert entry["filename"] == files[0].relative_to(tmp_path).as_posix()  # relative to the raw root
