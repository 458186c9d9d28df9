"""Raw landing: every fetch archived as WARC records, and the `raw` fetch-log/page rows.

The archive (see `scrapers.warc`): one WARC/1.1 file per crawl of a batch under `warc/` in the raw
root, a CDXJ index beside it. A body is kept once: its first capture is a `response` record, a
later fetch of the same bytes (same SHA-256, from any URL or batch) a `revisit` record pointing at
it, and a 304 Not Modified a `revisit` (server-not-modified). `raw.pages` points at the response
holding each distinct body (warc_filename, warc_record_offset), `raw.page_urls` at each batch's
own record.

Before the WARC archive, bodies were kept content-addressed (`store_body`, still readable and the
input of `migrate_legacy_store`, i.e. `vndx raw migrate`):

    sha256/ab/abcdef....gz     the body, gzip-compressed (decompresses to the exact bytes received)
    sha256/ab/abcdef....json   url, final_url, status, fetched_at and the response headers

`read_page(raw_root, sha, location)` needs no network and no database (for `vndx reprocess`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapers import warc
from scrapers.charset import decode
from scrapers.fetcher import Attempt
from scrapers.revisit import UrlState


@dataclass(frozen=True)
class LandedPage:
    content_sha256: str
    body: bytes
    headers: dict[str, str]
    url: str
    final_url: str
    status: int
    fetched_at: str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    def text(self) -> str:
        return decode(self.body, self.content_type).text


def sha256_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _is_local(root: str) -> bool:
    return "://" not in root or root.startswith("file://")


def _local(root: str) -> Path:
    return Path(root.removeprefix("file://"))


def _rel(sha: str, suffix: str) -> str:
    return f"sha256/{sha[:2]}/{sha}{suffix}"


def _write(root: str, rel: str, data: bytes) -> None:
    if _is_local(root):
        path = _local(root) / rel
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: readers never see half a file
        return
    import fsspec  # noqa: PLC0415

    fs, path = fsspec.core.url_to_fs(f"{root.rstrip('/')}/{rel}")
    if not fs.exists(path):
        with fs.open(path, "wb") as fh:
            fh.write(data)


def _read(root: str, rel: str) -> bytes:
    if _is_local(root):
        return (_local(root) / rel).read_bytes()
    import fsspec  # noqa: PLC0415

    with fsspec.open(f"{root.rstrip('/')}/{rel}", "rb") as fh:
        return fh.read()


def store_body(raw_root: str, body: bytes, *, url: str, final_url: str, status: int,
               headers: dict[str, str], fetched_at: datetime | None = None) -> tuple[str, str]:
    """The legacy layout (before the WARC archive): keep a body and its headers content-addressed;
    returns (content_sha256, storage_ref). Idempotent. The crawl lands with `land_body` instead; this
    stays to build and read stores that predate the archive (see `migrate_legacy_store`)."""
    sha = sha256_hex(body)
    meta = {
        "url": url,
        "final_url": final_url,
        "status": status,
        "fetched_at": (fetched_at or datetime.now(UTC)).isoformat(),
        "headers": headers,
        "bytes": len(body),
    }
    _write(raw_root, _rel(sha, ".gz"), gzip.compress(body, compresslevel=6, mtime=0))
    _write(raw_root, _rel(sha, ".json"), json.dumps(meta, ensure_ascii=False, indent=1).encode())
    return sha, _rel(sha, ".gz")


def _read_legacy(raw_root: str, sha: str) -> LandedPage:
    body = gzip.decompress(_read(raw_root, _rel(sha, ".gz")))
    if sha256_hex(body) != sha:
        raise ValueError(f"raw store corrupt: {sha} does not hash to itself")
    meta = json.loads(_read(raw_root, _rel(sha, ".json")))
    return LandedPage(sha, body, dict(meta.get("headers") or {}), meta["url"], meta["final_url"],
                      int(meta["status"]), meta["fetched_at"], meta)


def _from_capture(sha: str, capture: warc.Capture, location: warc.Location) -> LandedPage:
    assert capture.body is not None
    if capture.payload_sha256 != sha:
        raise ValueError(f"{location.ref} holds {capture.payload_sha256}, not {sha}")
    meta = {"url": capture.requested_uri, "final_url": capture.target_uri, "status": capture.status,
            "fetched_at": capture.warc_date, "headers": capture.headers, "bytes": len(capture.body),
            "warc_filename": location.filename, "warc_record_offset": location.offset}
    return LandedPage(sha, capture.body, capture.headers, capture.requested_uri, capture.target_uri,
                      capture.status, capture.warc_date, meta)


def read_page(raw_root: str, content_sha256: str, location: warc.Location | None = None) -> LandedPage:
    """A landed page by content hash, from the raw store alone (no network, no database).

    `location`: the WARC response record (raw.pages.warc_filename/warc_record_offset). Without it,
    the legacy gzip store, then the CDXJ indexes of the WARC files are searched for the payload
    digest. Raises FileNotFoundError if absent, ValueError if the bytes do not hash to the key."""
    sha = content_sha256.lower()
    if location is not None:
        return _from_capture(sha, warc.read_capture(raw_root, location.filename, location.offset), location)
    try:
        return _read_legacy(raw_root, sha)
    except FileNotFoundError:
        found = warc.find_response(raw_root, sha)
        if found is None:
            raise
        return _from_capture(sha, warc.read_capture(raw_root, found.filename, found.offset), found)


# -- WARC landing -----------------------------------------------------------------------------------

def archived_location(conn, content_sha256: str) -> warc.Location | None:
    """The WARC response record already holding this body, if any (from raw.pages)."""
    row = conn.execute(
        "select warc_filename, warc_record_offset, warc_record_length from raw.pages"
        " where content_sha256 = %s and warc_filename is not null",
        (content_sha256,),
    ).fetchone()
    return None if row is None else warc.Location(row[0], int(row[1]), int(row[2] or 0))


def land_body(conn, archive: warc.BatchArchive, body: bytes, *, url: str, final_url: str, status: int,
              headers: dict[str, str], fetched_at: datetime | None,
              request_headers: dict[str, str] | None = None) -> tuple[str, warc.Location, warc.Location]:
    """Archive one fetch's body: a `response` record the first time these bytes are seen, else a
    `revisit` pointing at the response that holds them (content-hash deduplication).

    Returns (content_sha256, the response record holding the body, this fetch's own record)."""
    sha = sha256_hex(body)
    held = archived_location(conn, sha)
    if held is None:
        loc = archive.write_response(url=url, final_url=final_url, status=status, headers=headers, body=body,
                                     fetched_at=fetched_at, request_headers=request_headers)
        return sha, loc, loc
    fetch = archive.write_revisit(url=url, final_url=final_url, status=status, headers=headers,
                                  fetched_at=fetched_at, refers_to=held, payload_sha256=sha,
                                  request_headers=request_headers)
    return sha, held, fetch


def land_not_modified(conn, archive: warc.BatchArchive, content_sha256: str, *, url: str, final_url: str,
                      headers: dict[str, str], fetched_at: datetime | None,
                      request_headers: dict[str, str] | None = None) -> warc.Location | None:
    """Archive a 304 as a `revisit` (server-not-modified) of the body it confirmed; None when that
    body predates the archive (nothing to refer to: the fetch-log row still records the 304)."""
    held = archived_location(conn, content_sha256)
    if held is None:
        return None
    return archive.write_revisit(url=url, final_url=final_url, status=304, headers=headers,
                                 fetched_at=fetched_at, refers_to=held, payload_sha256=content_sha256,
                                 not_modified=True, request_headers=request_headers)


def migrate_legacy_store(raw_root: str, conn=None, *, remove_legacy: bool = False) -> dict[str, int]:
    """Convert the content-addressed gzip store to WARC, losing nothing.

    Each legacy body becomes a `response` record (its date, URLs, status and headers from the JSON
    sidecar; no `request` record: what was sent was never kept) followed by a `metadata` record with
    the sidecar itself, in one file under `warc/migrated/`. A body already in the archive (per the
    CDXJ indexes) is skipped, so a second run writes nothing. With `conn`, raw.pages and
    raw.page_urls rows without a WARC location are pointed at the new records. With
    `remove_legacy`, each legacy pair is deleted only after its record was read back and hashed.
    """
    root = warc.local_root(raw_root)
    legacy = sorted((root / "sha256").glob("*/*.gz"))
    already = warc.indexed_responses(raw_root)
    counts = {"legacy": len(legacy), "migrated": 0, "already_archived": 0, "rows_updated": 0, "removed": 0}
    moved: dict[str, warc.Location] = {}
    with warc.BatchArchive(raw_root, f"migrated/{datetime.now(UTC):%Y-%m-%d}",
                           software="vndx raw migrate") as archive:
        for path in legacy:
            sha = path.name.removesuffix(".gz")
            page = _read_legacy(raw_root, sha)  # verifies the hash
            if sha in already:
                counts["already_archived"] += 1
                moved[sha] = already[sha]
                continue
            fetched = datetime.fromisoformat(page.fetched_at) if page.fetched_at else None
            loc = archive.write_response(url=page.url, final_url=page.final_url, status=page.status,
                                         headers=page.headers, body=page.body, fetched_at=fetched,
                                         with_request=False)
            archive.write_metadata(target_uri=page.final_url, concurrent_to=loc,
                                   content=_read(raw_root, _rel(sha, ".json")))
            moved[sha] = loc
            counts["migrated"] += 1
    for sha, loc in moved.items():
        if conn is not None:
            counts["rows_updated"] += point_rows_at(conn, sha, loc)
        if remove_legacy:
            back = read_page(raw_root, sha, loc)  # raises unless the archived bytes hash to sha
            assert back.content_sha256 == sha
            (root / _rel(sha, ".gz")).unlink()
            (root / _rel(sha, ".json")).unlink(missing_ok=True)
            counts["removed"] += 1
    if conn is not None:
        conn.commit()
    return counts


def point_rows_at(conn, content_sha256: str, loc: warc.Location) -> int:
    """Point the rows of a body that have no WARC location at its response record."""
    pages = conn.execute(
        "update raw.pages set warc_filename = %s, warc_record_offset = %s, warc_record_length = %s,"
        " storage_ref = %s where content_sha256 = %s and warc_filename is null",
        (loc.filename, loc.offset, loc.length, loc.ref, content_sha256),
    ).rowcount
    urls = conn.execute(
        "update raw.page_urls set warc_filename = %s, warc_record_offset = %s"
        " where content_sha256 = %s and warc_filename is null",
        (loc.filename, loc.offset, content_sha256),
    ).rowcount
    return pages + urls


# -- database rows ----------------------------------------------------------------------------------

def previous_validators(conn, url: str) -> dict[str, str | None] | None:
    """ETag / Last-Modified / content of the URL's last good fetch, for a conditional GET.

    Only a fetch that landed a usable page counts (a 200 with no error class, or a 304 that
    confirmed such a page): a 304 answered to the validators of an undecodable, truncated or
    duplicate body would otherwise turn that failed page into a good one."""
    row = conn.execute(
        """
        select f.etag, f.last_modified, f.content_sha256
        from raw.fetch_log f
        join raw.pages p using (content_sha256)
        where f.url = %s and f.status in (200, 304) and f.content_sha256 is not null
          and (f.error_class is null or f.error_class = 'not_modified')
          and (f.etag is not null or f.last_modified is not null)
        order by f.requested_at desc
        limit 1
        """,
        (url,),
    ).fetchone()
    if row is None:
        return None
    return {"etag": row[0], "last_modified": row[1], "content_sha256": row[2]}


def previous_validators_many(conn, urls: list[str]) -> dict[str, dict[str, str | None] | None]:
    """`previous_validators` of many URLs in one query (one round trip, not one per URL: the
    crawl asks before its first article request, so this time is spent between two requests)."""
    found: dict[str, dict[str, str | None] | None] = dict.fromkeys(urls)
    if not urls:
        return found
    # Each URL's latest usable row through the (url, requested_at desc) index, one probe per
    # URL: `where url = any(...)` with distinct on made the planner scan the whole fetch log
    # (32 ms at 10,000 rows for 100 URLs, 3 ms this way), growing with the log, not the crawl.
    rows = conn.execute(
        """
        select u.url, f.etag, f.last_modified, f.content_sha256
        from unnest(%s::text[]) as u(url)
        cross join lateral (
            select f.etag, f.last_modified, f.content_sha256
            from raw.fetch_log f
            where f.url = u.url and f.status in (200, 304) and f.content_sha256 is not null
              and (f.error_class is null or f.error_class = 'not_modified')
              and (f.etag is not null or f.last_modified is not null)
              and exists (select 1 from raw.pages p where p.content_sha256 = f.content_sha256)
            order by f.requested_at desc
            limit 1
        ) f
        """,
        (list(urls),),
    ).fetchall()
    for url, etag, last_modified, sha in rows:
        found[url] = {"etag": etag, "last_modified": last_modified, "content_sha256": sha}
    return found


_REVISIT_COLUMNS = ("url", "source_id", "last_fetched_at", "interval_days", "next_due_on", "last_outcome",
                    "content_sha256", "last_good_at", "last_changed_at", "seen_title", "seen_published",
                    "seen_updated")


def revisit_states(conn, urls: list[str]) -> dict[str, UrlState]:
    """The revisit state (`raw.url_revisits`) of the URLs that have one."""
    if not urls:
        return {}
    rows = conn.execute(f"select {', '.join(_REVISIT_COLUMNS)} from raw.url_revisits where url = any(%s)",
                        (list(urls),)).fetchall()
    return {row[0]: UrlState(*row) for row in rows}


def record_revisit(conn, state: UrlState) -> None:
    """Upsert one URL's revisit state (one row per URL: a re-run updates it, never adds one)."""
    values = [getattr(state, c) for c in _REVISIT_COLUMNS]
    updates = ", ".join(f"{c} = excluded.{c}" for c in _REVISIT_COLUMNS[1:])
    conn.execute(
        f"insert into raw.url_revisits ({', '.join(_REVISIT_COLUMNS)}) values ({', '.join(['%s'] * len(values))})"
        f" on conflict (url) do update set {updates}, updated_at = now()",
        values,
    )


def record_attempts(conn, *, batch_id: str, source_id: str, attempts: list[Attempt],
                    content_sha256: str | None = None, final_error: tuple[str, str] | None = None) -> None:
    """Upsert one fetch-log row per attempt (key batch_id, url, attempt); drop stale higher attempts."""
    if not attempts:
        return
    url = attempts[0].url
    rows = []
    for i, att in enumerate(attempts):
        last = i == len(attempts) - 1
        err_class, err_msg = att.error_class, att.error_message
        if last and final_error is not None:
            err_class, err_msg = final_error
        rows.append((batch_id, source_id, att.url, att.attempt, att.requested_at, att.status, err_class,
                     err_msg, att.bytes, att.elapsed_ms, content_sha256 if last else None, att.etag,
                     att.last_modified, att.final_url))
    with conn.cursor() as cur:
        cur.executemany(
            """
            insert into raw.fetch_log (batch_id, source_id, url, attempt, requested_at, status,
                error_class, error_message, bytes, elapsed_ms, content_sha256, etag, last_modified,
                final_url)
            values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
            on conflict (batch_id, url, attempt) do update set
                source_id = excluded.source_id, requested_at = excluded.requested_at,
                status = excluded.status, error_class = excluded.error_class,
                error_message = excluded.error_message, bytes = excluded.bytes,
                elapsed_ms = excluded.elapsed_ms,
                content_sha256 = coalesce(excluded.content_sha256, raw.fetch_log.content_sha256),
                etag = excluded.etag, last_modified = excluded.last_modified,
                final_url = excluded.final_url
            """,
            rows,
        )
        cur.execute("delete from raw.fetch_log where batch_id = %s and url = %s and attempt > %s",
                    (batch_id, url, len(attempts)))


def upsert_page(conn, *, content_sha256: str, url: str, content_type: str | None, charset: str | None,
                size: int, storage_ref: str | None = None, warc_location: warc.Location | None = None) -> str:
    """Insert or touch a raw.pages row; returns its first_url (which tells duplicates apart).

    `warc_location`: the response record holding the body; it is set on a row that had none (a body
    first landed in the legacy store) and never moved once set."""
    loc = warc_location
    row = conn.execute(
        """
        insert into raw.pages (content_sha256, first_url, last_url, content_type, charset, bytes,
            storage_ref, warc_filename, warc_record_offset, warc_record_length)
        values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
        on conflict (content_sha256) do update set last_url = excluded.last_url, last_seen_at = now(),
            storage_ref = case when raw.pages.warc_filename is null and excluded.warc_filename is not null
                then excluded.storage_ref else raw.pages.storage_ref end,
            warc_record_offset = coalesce(raw.pages.warc_record_offset, excluded.warc_record_offset),
            warc_record_length = coalesce(raw.pages.warc_record_length, excluded.warc_record_length),
            warc_filename = coalesce(raw.pages.warc_filename, excluded.warc_filename)
        returning first_url
        """,
        (content_sha256, url, url, content_type, charset, size,
         storage_ref or (loc.ref if loc else f"sha256:{content_sha256}"),
         loc.filename if loc else None, loc.offset if loc else None, loc.length if loc else None),
    ).fetchone()
    return row[0]


def page_info(conn, content_sha256: str) -> tuple[str | None, str | None] | None:
    row = conn.execute("select content_type, charset from raw.pages where content_sha256 = %s",
                       (content_sha256,)).fetchone()
    return None if row is None else (row[0], row[1])


def upsert_page_url(conn, *, batch_id: str, url: str, source_id: str, content_sha256: str,
                    final_url: str, fetched_at: datetime, role: str = "article",
                    error_class: str | None = None, warc_location: warc.Location | None = None) -> None:
    """Which content a URL served in a batch; `role` article|discovery, `error_class` if unusable;
    `warc_location` the batch's own record of the fetch (response or revisit), when archived."""
    loc = warc_location
    conn.execute(
        """
        insert into raw.page_urls (batch_id, url, source_id, content_sha256, final_url, fetched_at,
            role, error_class, warc_filename, warc_record_offset)
        values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
        on conflict (batch_id, url) do update set content_sha256 = excluded.content_sha256,
            final_url = excluded.final_url, fetched_at = excluded.fetched_at, role = excluded.role,
            error_class = excluded.error_class,
            warc_filename = coalesce(excluded.warc_filename, raw.page_urls.warc_filename),
            warc_record_offset = case when excluded.warc_filename is null then raw.page_urls.warc_record_offset
                else excluded.warc_record_offset end
        """,
        (batch_id, url, source_id, content_sha256, final_url, fetched_at, role, error_class,
         loc.filename if loc else None, loc.offset if loc else None),
    )


def clear_crawl_errors(conn, *, batch_id: str, source_id: str) -> None:
    """A new attempt at a batch: its earlier source-level errors no longer describe it."""
    conn.execute("delete from raw.crawl_errors where batch_id = %s and source_id = %s", (batch_id, source_id))


def record_crawl_error(conn, *, batch_id: str, source_id: str, error_class: str, message: str) -> None:
    conn.execute(
        """
        insert into raw.crawl_errors (batch_id, source_id, error_class, error_message)
        values (%s, %s, %s, %s)
        on conflict (batch_id, source_id, error_class) do update set
            error_message = excluded.error_message, recorded_at = now()
        """,
        (batch_id, source_id, error_class, message),
    )
