"""Charset detection for Vietnamese pages: HTTP header, then <meta>, then charset-normalizer.

Legacy pages: windows-1258 (cp1258) writes tones as combining marks, so text is NFC-normalised
after decoding. TCVN3 (ABC) and VNI are font hacks with no registered codec: when a page declares
one of them the declaration is ignored and charset-normalizer decides (recorded as the charset).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
_ALIASES = {"vn-windows-1258": "windows-1258", "x-cp1258": "windows-1258", "utf8": "utf-8"}


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str | None  # the codec that decoded the bytes (None: nothing did; text is lossy)
    basis: str  # header | meta | bom | detected | fallback

    @property
    def ok(self) -> bool:
        return self.charset is not None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = _ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    m = _HEADER.search(content_type or "")
    return m.group(1) if m else None


def meta_charset(body: bytes) -> str | None:
    m = _META.search(body[:8192])
    return m.group(1).decode("ascii", "replace") if m else None


def _try(body: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode a page body; `Decoded.ok` is False when no charset decodes it cleanly."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            text = _try(body, codec)
            if text is not None:
                return Decoded(unicodedata.normalize("NFC", text), codecs.lookup(codec).name, "bom")
    for basis, declared in (("header", header_charset(content_type)), ("meta", meta_charset(body))):
        codec = _codec(declared)
        text = _try(body, codec)
        if text is not None:
            return Decoded(unicodedata.normalize("NFC", text), codec, basis)
    text = _try(body, "utf-8")
    if text is not None:
        return Decoded(unicodedata.normalize("NFC", text), "utf-8", "detected")
    from charset_normalizer import from_bytes  # noqa: PLC0415

    best = from_bytes(body).best()
    if best is not None:
        return Decoded(unicodedata.normalize("NFC", str(best)), _codec(best.encoding) or best.encoding,
                       "detected")
    return Decoded(body.decode("utf-8", "replace"), None, "fallback")
