"""Suite `articles`: documents parsed from the pages of one batch (`raw.documents`).

Rules (`meta.name`):
- `body_present`, `body_min_length`: a main text of at least `MIN_BODY_CHARS` characters
  (a shorter "article" is a listing, a cookie wall or a parser miss).
- `url_present`, `content_sha256_format`: the article points at its landed page (64 hex).
- `published_in_plausible_range`: not before 2015-01-01, not after today (null = unknown, allowed;
  the facts suite then bounds periods by the current year).
- `vietnamese_text`: the share of Vietnamese-specific letters (ă â đ ê ô ơ ư and the toned vowels)
  among all letters is at least `MIN_VIETNAMESE_SHARE`; Vietnamese prose sits around 0.3,
  English or mojibake near 0. Computed into the helper column `vietnamese_letter_share`.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from expectations.rules import named
from expectations.suite import Suite

SUITE = "articles"
ROW_ID = "doc_id"
MIN_BODY_CHARS = 200
MIN_VIETNAMESE_SHARE = 0.08
EARLIEST = dt.date(2015, 1, 1)

COLUMNS = ["doc_id", "url", "source_id", "source_kind", "content_sha256", "title", "published_at",
           "published_basis", "province_slug", "body_text", "parser_version", "batch_id"]

_BASE = "aăâeêioôơuưy"
_VIETNAMESE = set("ăâđêôơư" + "".join(
    unicodedata.normalize("NFC", b + t) for b in _BASE for t in "\u0300\u0301\u0309\u0303\u0323"))


def vietnamese_share(text: str | None) -> float | None:
    """Share of Vietnamese-specific letters among the letters of `text` (None without letters)."""
    if not isinstance(text, str) or not text:
        return None
    text = unicodedata.normalize("NFC", text).lower()
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ch in _VIETNAMESE for ch in letters) / len(letters)


def suite() -> Suite:
    """The suite; rebuilt each day (its date bound is today)."""
    return Suite(SUITE, ROW_ID, dt.date.today(), prepare, expectations)


def prepare(rows: list[dict[str, Any]]):
    import pandas as pd  # noqa: PLC0415

    frame = pd.DataFrame([{c: r.get(c) for c in COLUMNS} for r in rows], columns=COLUMNS)
    frame["published_on"] = pd.to_datetime(frame["published_at"], errors="coerce")
    frame["vietnamese_letter_share"] = pd.to_numeric(
        frame["body_text"].map(vietnamese_share), errors="coerce").astype("float64")
    return frame


def expectations() -> list:
    import great_expectations.expectations as gxe  # noqa: PLC0415

    today = dt.date.today()
    return [
        named(gxe.ExpectColumnValuesToNotBeNull(column="body_text"), "body_present",
              "The article has a body."),
        named(gxe.ExpectColumnValueLengthsToBeBetween(column="body_text", min_value=MIN_BODY_CHARS),
              "body_min_length", f"The body has at least {MIN_BODY_CHARS} characters."),
        named(gxe.ExpectColumnValuesToNotBeNull(column="url"), "url_present", "The article has a URL."),
        named(gxe.ExpectColumnValuesToMatchRegex(column="content_sha256", regex=r"^[0-9a-f]{64}$"),
              "content_sha256_format", "The landed page's hash is 64 lower-case hex digits."),
        named(gxe.ExpectColumnValuesToBeBetween(column="published_on",
                                                min_value=dt.datetime.combine(EARLIEST, dt.time()),
                                                max_value=dt.datetime.combine(today, dt.time())),
              "published_in_plausible_range", f"Published between {EARLIEST} and today ({today})."),
        named(gxe.ExpectColumnValuesToBeBetween(column="vietnamese_letter_share",
                                                min_value=MIN_VIETNAMESE_SHARE, max_value=1),
              "vietnamese_text",
              f"At least {MIN_VIETNAMESE_SHARE:.0%} of the letters are Vietnamese-specific (ă, đ, ơ, ế...)."),
    ]
