"""Raw landing: bodies kept byte for byte (content-addressed), and the `raw` fetch-log/page rows.

Storage layout under `raw_root` (a local folder, or an fsspec URL such as s3://bucket/raw when fsspec
and its backend are installed):

    sha256/ab/abcdef....gz     the body, gzip-compressed (decompresses to the exact bytes received)
    sha256/ab/abcdef....json   url, final_url, status, fetched_at and the response headers

`read_page(raw_root, sha)` needs no network and no database (for `vndx reprocess`).
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

from scrapers.charset import decode
from scrapers.fetcher import Attempt


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
    """Keep a body and its headers; returns (content_sha256, storage_ref). Idempotent."""
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


def read_page(raw_root: str, content_sha256: str) -> LandedPage:
    """A landed page by content hash, from the raw store alone. Raises FileNotFoundError if absent."""
    sha = content_sha256.lower()
    body = gzip.decompress(_read(raw_root, _rel(sha, ".gz")))
    if sha256_hex(body) != sha:
        raise ValueError(f"raw store corrupt: {sha} does not hash to itself")
    meta = json.loads(_read(raw_root, _rel(sha, ".json")))
    return LandedPage(sha, body, dict(meta.get("headers") or {}), meta["url"], meta["final_url"],
                      int(meta["status"]), meta["fetched_at"], meta)


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
                size: int, storage_ref: str) -> str:
    """Insert or touch a raw.pages row; returns its first_url (which tells duplicates apart)."""
    row = conn.execute(
        """
        insert into raw.pages (content_sha256, first_url, last_url, content_type, charset, bytes,
            storage_ref)
        values (%s, %s, %s, %s, %s, %s, %s)
        on conflict (content_sha256) do update set last_url = excluded.last_url, last_seen_at = now()
        returning first_url
        """,
        (content_sha256, url, url, content_type, charset, size, storage_ref),
    ).fetchone()
    return row[0]


def page_info(conn, content_sha256: str) -> tuple[str | None, str | None] | None:
    row = conn.execute("select content_type, charset from raw.pages where content_sha256 = %s",
                       (content_sha256,)).fetchone()
    return None if row is None else (row[0], row[1])


def upsert_page_url(conn, *, batch_id: str, url: str, source_id: str, content_sha256: str,
                    final_url: str, fetched_at: datetime, role: str = "article",
                    error_class: str | None = None) -> None:
    """Which content a URL served in a batch; `role` article|discovery, `error_class` if unusable."""
    conn.execute(
        """
        insert into raw.page_urls (batch_id, url, source_id, content_sha256, final_url, fetched_at,
            role, error_class)
        values (%s, %s, %s, %s, %s, %s, %s, %s)
        on conflict (batch_id, url) do update set content_sha256 = excluded.content_sha256,
            final_url = excluded.final_url, fetched_at = excluded.fetched_at, role = excluded.role,
            error_class = excluded.error_class
        """,
        (batch_id, url, source_id, content_sha256, final_url, fetched_at, role, error_class),
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
