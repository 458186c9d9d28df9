"""Suite `pages`: the pages landed for one batch (`raw.page_urls` + `raw.pages` + `raw.fetch_log`).

One row per URL of the batch that served content (the caller reads them, see
`vndx.pipeline.validation`): the status of its last fetch attempt in the
batch, the landed content's hash, size and content type. Failed fetches (404, timeouts) never
land content; the scrapers record those in `raw.fetch_log` / `raw.crawl_errors`.

Rules (`meta.name`):
- `status_present`, `status_ok`: the last attempt answered 200 (or 304: unchanged, body known).
- `content_sha256_present`, `content_sha256_format`: 64 lower-case hex digits.
- `bytes_present`, `bytes_within_bounds`: between `MIN_BYTES` and `MAX_BYTES`.
- `content_type_present`; `content_type_html`: an article page is text/html or application/xhtml+xml
  (any charset parameter); `content_type_discovery`: a discovery page (listing, feed, sitemap) is
  HTML or XML (RSS, Atom, sitemaps), so a clean feed is not counted as a failed page.
"""

from __future__ import annotations

from typing import Any

from expectations.rules import named
from expectations.suite import Suite

SUITE = "pages"
ROW_ID = "url"
MIN_BYTES = 200
MAX_BYTES = 20_000_000
COLUMNS = ["url", "source_id", "batch_id", "role", "status", "error_class", "content_sha256", "bytes",
           "content_type", "charset"]
HTML = r"(?i)^\s*(?:text/html|application/xhtml\+xml)\s*(?:;|$)"
HTML_OR_XML = r"(?i)^\s*(?:text/html|application/xhtml\+xml|(?:text|application)/(?:[a-z.+-]+\+)?xml)\s*(?:;|$)"



def suite() -> Suite:
    return Suite(SUITE, ROW_ID, (MIN_BYTES, MAX_BYTES), prepare, expectations)


def prepare(rows: list[dict[str, Any]]):
    import pandas as pd  # noqa: PLC0415

    frame = pd.DataFrame([{c: r.get(c) for c in COLUMNS} for r in rows], columns=COLUMNS)
    frame["role"] = frame["role"].fillna("article")
    for column in ("status", "bytes"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    return frame


def expectations() -> list:
    import great_expectations.expectations as gxe  # noqa: PLC0415
    from great_expectations.expectations.row_conditions import Column  # noqa: PLC0415

    return [
        named(gxe.ExpectColumnValuesToNotBeNull(column="status"), "status_present",
              "The last fetch attempt has an HTTP status."),
        named(gxe.ExpectColumnValuesToBeInSet(column="status", value_set=[200, 304]), "status_ok",
              "The last fetch attempt answered 200 or 304."),
        named(gxe.ExpectColumnValuesToNotBeNull(column="content_sha256"), "content_sha256_present",
              "The page has a content hash."),
        named(gxe.ExpectColumnValuesToMatchRegex(column="content_sha256", regex=r"^[0-9a-f]{64}$"),
              "content_sha256_format", "The content hash is 64 lower-case hex digits."),
        named(gxe.ExpectColumnValuesToNotBeNull(column="bytes"), "bytes_present", "The page size is known."),
        named(gxe.ExpectColumnValuesToBeBetween(column="bytes", min_value=MIN_BYTES, max_value=MAX_BYTES),
              "bytes_within_bounds", f"{MIN_BYTES} <= size <= {MAX_BYTES} bytes."),
        named(gxe.ExpectColumnValuesToNotBeNull(column="content_type"), "content_type_present",
              "The page has a content type."),
        named(gxe.ExpectColumnValuesToMatchRegex(column="content_type", regex=HTML,
                                                 row_condition=Column("role") == "article"),
              "content_type_html", "An article page's content type is HTML."),
        named(gxe.ExpectColumnValuesToMatchRegex(column="content_type", regex=HTML_OR_XML,
                                                 row_condition=Column("role") == "discovery"),
              "content_type_discovery", "A discovery page (listing, feed, sitemap) is HTML or XML."),
    ]
