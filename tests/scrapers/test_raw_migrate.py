"""`vndx raw migrate`: a legacy content-addressed gzip store becomes WARC, losing nothing.

Every payload hash before equals every payload hash after; each page reads back byte for byte with
its URLs, status, date and headers; the rows point at the new records; a second run writes nothing;
--remove-legacy deletes only what reads back; warcio's checker passes."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from scrapers.landing import read_page, store_body, upsert_page, upsert_page_url
from scrapers.warc import Location, check_files, warc_files
from vndx.config import REPO_ROOT
from vndx.warehouse.db import connect

BODIES = [
    ("http://demo.test/a.html", "http://demo.test/a.html", {"content-type": "text/html; charset=utf-8",
                                                             "content-encoding": "gzip", "etag": '"a1"'},
     "<html><body>Tỷ lệ người dùng internet đạt 91%</body></html>".encode()),
    ("http://demo.test/old", "http://demo.test/b.html", {"content-type": "text/html; charset=windows-1258"},
     "<html><body>Chuyển đổi số</body></html>".encode("cp1258", errors="replace")),
    ("http://demo.test/feed.xml", "http://demo.test/feed.xml", {"content-type": "application/rss+xml"},
     b"<?xml version='1.0'?><rss><channel></channel></rss>"),
    ("http://demo.test/empty", "http://demo.test/empty", {}, b""),
    ("http://demo.test/bin", "http://demo.test/bin", {"content-type": "application/octet-stream"},
     bytes(range(256)) * 40),
]


def _legacy_hashes(root: Path) -> dict[str, bytes]:
    return {p.name.removesuffix(".gz"): gzip.decompress(p.read_bytes()) for p in root.glob("sha256/*/*.gz")}


def _warc_payload_hashes(root: str) -> set[str]:
    found = set()
    for path in warc_files(root):
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type == "response":
                    found.add(hashlib.sha256(record.raw_stream.read()).hexdigest())
    return found


def _migrate(url: str, root: Path, *extra: str) -> dict:
    env = {**os.environ, "VNDX_WAREHOUSE_URL": url, "VNDX_RAW_ROOT": str(root)}
    res = subprocess.run([sys.executable, "-m", "vndx.cli", "raw", "migrate", *extra], capture_output=True,
                         text=True, env=env, cwd=REPO_ROOT, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_migrate_loses_nothing_and_rows_point_at_the_records(fresh_db, tmp_path):
    root = tmp_path / "raw"
    fetched = dt.datetime(2024, 10, 9, 8, 30, tzinfo=dt.UTC)
    with connect(fresh_db) as conn:
        for url, final_url, headers, body in BODIES:
            sha, ref = store_body(str(root), body, url=url, final_url=final_url, status=200, headers=headers,
                                  fetched_at=fetched)
            upsert_page(conn, content_sha256=sha, url=url, content_type=headers.get("content-type"),
                        charset=None, size=len(body), storage_ref=ref)
            upsert_page_url(conn, batch_id="demo/2024-10-09", url=url, source_id="demo", content_sha256=sha,
                            final_url=final_url, fetched_at=fetched)
        conn.commit()
    before = _legacy_hashes(root)
    assert len(before) == len(BODIES)
    sidecars = {sha: json.loads((root / "sha256" / sha[:2] / f"{sha}.json").read_text()) for sha in before}

    counts = _migrate(fresh_db, root)
    assert counts["legacy"] == counts["migrated"] == len(BODIES)
    assert counts["rows_updated"] == 2 * len(BODIES) and counts["removed"] == 0

    # every payload hash before is a payload hash after (and nothing else is)
    assert _warc_payload_hashes(str(root)) == set(before)
    ok, report = check_files(warc_files(str(root)))
    assert ok, report
    with connect(fresh_db) as conn:
        rows = conn.execute("select content_sha256, warc_filename, warc_record_offset from raw.pages").fetchall()
        unpointed = conn.execute("select count(*) from raw.page_urls where warc_filename is null").fetchone()[0]
    assert unpointed == 0 and len(rows) == len(BODIES)
    for sha, filename, offset in rows:
        assert filename.startswith("warc/migrated/")
        page = read_page(str(root), sha, Location(filename, offset, 0))
        meta = sidecars[sha]
        assert page.body == before[sha]  # byte for byte
        assert (page.url, page.final_url, page.status) == (meta["url"], meta["final_url"], meta["status"])
        assert page.headers == meta["headers"]  # content-encoding etc. restored as received
        assert dt.datetime.fromisoformat(page.fetched_at.replace("Z", "+00:00")) == fetched
    # the sidecar itself is kept, as a metadata record
    with open(warc_files(str(root))[0], "rb") as fh:
        metadata = [json.loads(r.raw_stream.read()) for r in ArchiveIterator(fh) if r.rec_type == "metadata"]
    assert sorted(m["final_url"] for m in metadata) == sorted(m["final_url"] for m in sidecars.values())

    # again: nothing new; then --remove-legacy deletes the legacy files, every page still reads
    again = _migrate(fresh_db, root)
    assert (again["migrated"], again["already_archived"]) == (0, len(BODIES))
    assert len(warc_files(str(root))) == 1  # an empty run leaves no file behind
    removed = _migrate(fresh_db, root, "--remove-legacy")
    assert removed["removed"] == len(BODIES)
    assert _legacy_hashes(root) == {}
    for sha, body in before.items():
        assert read_page(str(root), sha).body == body  # found through the CDXJ index alone
    assert _warc_payload_hashes(str(root)) == set(before)
