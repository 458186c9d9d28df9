"""The raw archive as WARC/1.1 (written with warcio): one file per crawl of a batch, a CDXJ index beside it.

Layout under the raw root (a local folder):

    warc/<source_id>/<YYYY-MM-DD>/<source_id>-<YYYY-MM-DD>-<UTC stamp>-<n>.warc.gz    the records
    warc/<source_id>/<YYYY-MM-DD>/<source_id>-<YYYY-MM-DD>-<UTC stamp>-<n>.cdxj       its CDXJ index

A file starts with a `warcinfo` record. Each fetch is a `request` record and, written before it,
its `response` record (HTTP status line, headers, the body) or, when the payload is already
archived, a `revisit` record (profile identical-payload-digest; a 304 Not Modified: profile
server-not-modified) that refers to the response holding the bytes. Digests are SHA-256
(`WARC-Payload-Digest: sha256:<base32>`, the same hash as `raw.pages.content_sha256`).

Why the HTTP headers are not byte-for-byte those on the wire: the fetcher keeps the body after
HTTP content decoding (gzip/deflate undone) and without chunking, so `Content-Encoding`,
`Transfer-Encoding` and `Content-Length` are kept as `X-Archive-Orig-*` (the convention of pywb
and warcprox) and a `Content-Length` of the stored body is added: the record is self-consistent
and a replay tool serves the body as is. `read_capture` undoes the renaming.

Each record is flushed before the caller writes the row pointing at it, so a row never points at
bytes that are not on disk; a re-crawl of a batch writes a new file beside the first (mostly
revisit records), never appends to a closed one. The CDXJ index is written when the file is
closed (`cdxj-indexer`, sorted, file names relative to the raw root so that pywb can serve the
raw root as a collection).
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import os
import re
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

WARC_DIR = "warc"
PROFILE_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
# What the fetcher undid or replaced: kept under this prefix, the stored body described instead.
_REWRITTEN = ("content-encoding", "transfer-encoding", "content-length")
_ORIG = "X-Archive-Orig-"
_REQUESTED_URI = "WARC-vndx-Requested-URI"  # extension field: the URL asked for, before redirects
_serial = itertools.count(1)


@dataclass(frozen=True)
class Location:
    """Where a record is: file relative to the raw root, byte offset and length of its gzip member."""

    filename: str
    offset: int
    length: int

    @property
    def ref(self) -> str:
        return f"{self.filename}#{self.offset}"


@dataclass(frozen=True)
class Capture:
    """A response (or revisit) record read back: what the crawl landed."""

    record_type: str
    target_uri: str
    requested_uri: str
    warc_date: str
    record_id: str
    status: int
    headers: dict[str, str]   # as received (lower-case names), the archive's renaming undone
    body: bytes | None        # None for a revisit
    payload_sha256: str | None


def payload_digest(sha256_hex: str) -> str:
    """`sha256:<base32>`, the WARC form of a hex SHA-256."""
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode()


def sha256_of_digest(digest: str) -> str | None:
    """The hex SHA-256 of a `sha256:<base32>` digest (None for another algorithm)."""
    algo, _, value = digest.partition(":")
    if algo.lower() != "sha256":
        return None
    return base64.b32decode(value).hex()


def local_root(raw_root: str) -> Path:
    if "://" in raw_root and not raw_root.startswith("file://"):
        raise ValueError(f"the WARC archive needs a local raw root, not {raw_root!r}")
    return Path(raw_root.removeprefix("file://"))


class _Sha256Writer(WARCWriter):
    """warcio's writer with SHA-256 block and payload digests (its default is SHA-1)."""

    @staticmethod
    def _create_digester():
        return Digester("sha256")


def _http_response_headers(status: int, headers: dict[str, str], body_length: int | None) -> StatusAndHeaders:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    pairs = []
    for name, value in headers.items():
        if name.lower() in _REWRITTEN:
            pairs.append((_ORIG + name, value))
        else:
            pairs.append((name, value))
    if body_length is not None:
        pairs.append(("Content-Length", str(body_length)))
    return StatusAndHeaders(f"{status} {reason}".strip(), pairs, protocol="HTTP/1.1")


def _http_request_headers(url: str, headers: dict[str, str]) -> StatusAndHeaders:
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    pairs = [("Host", parts.netloc), *headers.items()]
    return StatusAndHeaders(f"GET {path} HTTP/1.1", pairs, protocol="", is_http_request=True)


def _warc_date(when: datetime | None) -> str:
    when = (when or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    return datetime_to_iso_date(when, use_micros=True)


def batch_folder(batch_id: str) -> str:
    """`warc/<source_id>/<YYYY-MM-DD>` for batch `<source_id>/<YYYY-MM-DD>` (safe characters only)."""
    safe = "/".join(re.sub(r"[^A-Za-z0-9._-]+", "_", part) for part in batch_id.split("/") if part)
    return f"{WARC_DIR}/{safe or 'batch'}"


class BatchArchive:
    """One WARC file for one crawl of a batch. Opened at the first record; `close()` writes the CDXJ.

    Not thread-safe: one writer thread (the crawl lands from its main thread)."""

    def __init__(self, raw_root: str, batch_id: str, *, software: str = "vndx"):
        self.root = local_root(raw_root)
        self.batch_id = batch_id
        self.software = software
        self.filename: str | None = None  # relative to the root, once opened
        self._fh = None
        self._writer: _Sha256Writer | None = None
        self.records = 0

    # -- file -------------------------------------------------------------------------------------
    def _open(self) -> None:
        folder = batch_folder(self.batch_id)
        stem = folder.removeprefix(WARC_DIR + "/").replace("/", "-")
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
        name = f"{folder}/{stem}-{stamp}-{os.getpid()}-{next(_serial)}.warc.gz"
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "xb")  # kept open across records, closed in close()
        self._writer = _Sha256Writer(self._fh, gzip=True, warc_version="1.1")
        self.filename = name
        info = {"software": self.software, "format": "WARC File Format 1.1",
                "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
                "hostname": socket.gethostname(), "isPartOf": self.batch_id,
                "description": "vndx raw captures of one crawl of one batch"}
        self._write(self._writer.create_warcinfo_record(Path(name).name, info))

    def _write(self, record) -> Location:
        if self._writer is None:
            self._open()
        assert self._fh is not None and self._writer is not None and self.filename is not None
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()  # the row that will point here is written after this returns
        self.records += 1
        return Location(self.filename, offset, self._fh.tell() - offset)

    def close(self) -> str | None:
        """Close the file and write its CDXJ index; returns the WARC file name (None: nothing written)."""
        if self._fh is None:
            return None
        self._fh.close()
        self._fh, self._writer = None, None
        assert self.filename is not None
        write_cdxj(self.root, self.filename)
        return self.filename

    def __enter__(self) -> BatchArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- records ----------------------------------------------------------------------------------
    def _request(self, target: str, request_headers: dict[str, str], warc_date: str, concurrent_to: str) -> None:
        assert self._writer is not None
        req = self._writer.create_warc_record(
            target, "request", http_headers=_http_request_headers(target, request_headers),
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": concurrent_to})
        self._write(req)

    def _ensure_open(self) -> _Sha256Writer:
        if self._writer is None:
            self._open()
        assert self._writer is not None
        return self._writer

    def write_response(self, *, url: str, final_url: str, status: int, headers: dict[str, str], body: bytes,
                       fetched_at: datetime | None, request_headers: dict[str, str] | None = None,
                       with_request: bool = True) -> Location:
        """A `response` record with the body (then its `request`, unless `with_request` is false: a
        migrated page, whose request was never kept); returns the response's location."""
        writer = self._ensure_open()
        date = _warc_date(fetched_at)
        extra = {"WARC-Date": date}
        if url != final_url:
            extra[_REQUESTED_URI] = url
        resp = writer.create_warc_record(
            final_url, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=_http_response_headers(status, headers, len(body)), warc_headers_dict=extra)
        loc = self._write(resp)
        if with_request:
            self._request(final_url, request_headers or {}, date, resp.rec_headers.get_header("WARC-Record-ID"))
        return loc

    def write_revisit(self, *, url: str, final_url: str, status: int, headers: dict[str, str],
                      fetched_at: datetime | None, refers_to: Location, payload_sha256: str,
                      not_modified: bool = False, request_headers: dict[str, str] | None = None) -> Location:
        """A `revisit` record pointing at the archived response with the same payload (then its `request`).

        `not_modified`: the server answered 304 (profile server-not-modified) instead of sending the
        same bytes again (profile identical-payload-digest)."""
        writer = self._ensure_open()
        original = read_capture(str(self.root), refers_to.filename, refers_to.offset, with_body=False)
        date = _warc_date(fetched_at)
        extra = {"WARC-Date": date, "WARC-Refers-To": original.record_id}
        if url != final_url:
            extra[_REQUESTED_URI] = url
        body_length = None if not_modified else _content_length(original)
        rev = writer.create_revisit_record(
            final_url, payload_digest(payload_sha256), original.target_uri, original.warc_date,
            http_headers=_http_response_headers(status, headers, body_length), warc_headers_dict=extra)
        if not_modified:
            rev.rec_headers.replace_header("WARC-Profile", PROFILE_NOT_MODIFIED)
        loc = self._write(rev)
        self._request(final_url, request_headers or {}, date, rev.rec_headers.get_header("WARC-Record-ID"))
        return loc

    def write_metadata(self, *, target_uri: str, concurrent_to: Location, content: bytes,
                       content_type: str = "application/json") -> Location:
        """A `metadata` record about an earlier record (e.g. a migrated page's original sidecar)."""
        writer = self._ensure_open()
        about = read_capture(str(self.root), concurrent_to.filename, concurrent_to.offset, with_body=False)
        rec = writer.create_warc_record(
            target_uri, "metadata", payload=io.BytesIO(content), length=len(content),
            warc_content_type=content_type,
            warc_headers_dict={"WARC-Concurrent-To": about.record_id, "WARC-Date": about.warc_date})
        return self._write(rec)


def _content_length(capture: Capture) -> int | None:
    value = capture.headers.get("content-length")  # what read_capture restored: the original's
    return int(value) if value and value.isdigit() else None


def _restore_headers(http_headers: StatusAndHeaders | None) -> dict[str, str]:
    """The headers as the fetcher received them: ours dropped, `X-Archive-Orig-*` renamed back."""
    if http_headers is None:
        return {}
    out: dict[str, str] = {}
    for name, value in http_headers.headers:
        lower = name.lower()
        if lower in _REWRITTEN:
            continue  # written by the archive to describe the stored body
        if lower.startswith(_ORIG.lower()):
            lower = lower[len(_ORIG):]
        out[lower] = value
    return out


def read_capture(raw_root: str, filename: str, offset: int, *, with_body: bool = True) -> Capture:
    """The record at (file, offset), with its body checked against its payload digest."""
    path = local_root(raw_root) / filename
    with open(path, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        headers = record.rec_headers
        digest = headers.get_header("WARC-Payload-Digest") or ""
        expected = sha256_of_digest(digest) if digest else None
        body = None
        if with_body and record.rec_type == "response":
            body = record.raw_stream.read()
            actual = hashlib.sha256(body).hexdigest()
            if expected is not None and actual != expected:
                raise ValueError(f"WARC record {filename}#{offset}: payload does not match its digest")
            expected = actual
        status_line = record.http_headers.get_statuscode() if record.http_headers else "0"
        target = headers.get_header("WARC-Target-URI") or ""
        return Capture(
            record_type=record.rec_type,
            target_uri=target,
            requested_uri=headers.get_header(_REQUESTED_URI) or target,
            warc_date=headers.get_header("WARC-Date") or "",
            record_id=headers.get_header("WARC-Record-ID") or "",
            status=int(status_line or 0),
            headers=_restore_headers(record.http_headers),
            body=body,
            payload_sha256=expected,
        )


def write_cdxj(root: Path, filename: str) -> Path:
    """Index one WARC file (CDXJ, sorted) beside it; file names in it are relative to the root."""
    from cdxj_indexer.main import write_cdx_index  # noqa: PLC0415 - only when a file is closed

    warc = root / filename
    out = warc.with_name(warc.name.removesuffix(".warc.gz") + ".cdxj")
    tmp = out.with_name("." + out.name + ".tmp")
    write_cdx_index(str(tmp), [str(warc)], {"sort": True, "dir_root": str(root)})
    os.replace(tmp, out)
    return out


def cdxj_files(raw_root: str) -> list[Path]:
    base = local_root(raw_root) / WARC_DIR
    return sorted(base.rglob("*.cdxj")) if base.exists() else []


def indexed_responses(raw_root: str) -> dict[str, Location]:
    """payload SHA-256 -> its first `response` record, from the CDXJ indexes (revisits left out)."""
    found: dict[str, Location] = {}
    for index in cdxj_files(raw_root):
        for line in index.read_text(encoding="utf-8").splitlines():
            _key, _ts, fields = line.split(" ", 2)
            entry = json.loads(fields)
            if entry.get("mime") == "warc/revisit" or "digest" not in entry:
                continue
            sha = sha256_of_digest(entry["digest"])
            if sha is not None and sha not in found:
                found[sha] = Location(entry["filename"], int(entry["offset"]), int(entry["length"]))
    return found


def find_response(raw_root: str, sha256_hex: str) -> Location | None:
    """The `response` record holding a payload, found through the CDXJ indexes (no database)."""
    digest = payload_digest(sha256_hex)
    for index in cdxj_files(raw_root):
        for line in index.read_text(encoding="utf-8").splitlines():
            if digest not in line:
                continue
            entry = json.loads(line.split(" ", 2)[2])
            if entry.get("digest") != digest or entry.get("mime") == "warc/revisit":
                continue
            loc = Location(entry["filename"], int(entry["offset"]), int(entry["length"]))
            if read_capture(raw_root, loc.filename, loc.offset, with_body=False).record_type == "response":
                return loc
    return None


def warc_files(raw_root: str) -> list[Path]:
    """Every WARC file under the raw root, in name order."""
    base = local_root(raw_root) / WARC_DIR
    return sorted(base.rglob("*.warc.gz")) if base.exists() else []


def check_files(paths: list[Path]) -> tuple[bool, str]:
    """warcio's own checker (`warcio check`) over the files: (all passed, its report)."""
    from contextlib import redirect_stdout  # noqa: PLC0415
    from types import SimpleNamespace  # noqa: PLC0415

    from warcio.checker import Checker  # noqa: PLC0415

    out = io.StringIO()
    checker = Checker(SimpleNamespace(inputs=[str(p) for p in paths], verbose=False))
    with redirect_stdout(out):
        code = checker.process_all()
    return code == 0, out.getvalue()
