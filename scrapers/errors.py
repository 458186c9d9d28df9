"""Error classes recorded in `raw.fetch_log.error_class` (text), and the source-level drift error.

`SiteDriftError` is the one drift error of the project: the crawl raises it when discovery finds
nothing or every page fails, the validate stage (`vndx.pipeline.validation`) when too many of a
batch's rows fail validation. Either way the source's Airflow task fails and the others go on."""

from __future__ import annotations

ROBOTS_DISALLOWED = "robots_disallowed"
HTTP_404 = "http_404"
HTTP_4XX = "http_4xx"  # other 4xx; the status column says which
HTTP_5XX = "http_5xx"
RATE_LIMITED = "rate_limited"
TIMEOUT = "timeout"
CONNECTION_ERROR = "connection_error"
CONNECTION_REFUSED = "connection_refused"  # nothing listens on the port (the host answered with RST)
REDIRECT_LOOP = "redirect_loop"
TOO_MANY_REDIRECTS = "too_many_redirects"
OFFDOMAIN_REDIRECT = "offdomain_redirect"
BODY_TOO_LARGE = "body_too_large"
DECODE_ERROR = "decode_error"
TRUNCATED_HTML = "truncated_html"
PARSE_ERROR = "parse_error"
DUPLICATE_CONTENT = "duplicate_content"
NOT_MODIFIED = "not_modified"
NOT_MODIFIED_NO_BASE = "not_modified_no_base"  # a 304 with no earlier good copy to confirm

RETRYABLE = frozenset({HTTP_5XX, RATE_LIMITED, TIMEOUT, CONNECTION_ERROR, CONNECTION_REFUSED, TRUNCATED_HTML})

SITE_DRIFT_NO_LINKS = "site_drift_no_links"
SITE_DRIFT_ALL_FAILED = "site_drift_all_failed"
SITE_DRIFT_FAILING_VALIDATION = "site_drift_failing_validation"


class SiteDriftError(RuntimeError):
    """A source's pages changed shape: discovery found no links, every article failed, or too many
    rows failed validation (always recorded before raising). `detail`: e.g. the validation report."""

    def __init__(self, source_id: str, error_class: str, message: str, detail: object = None):
        super().__init__(f"{source_id}: {error_class}: {message}")
        self.source_id = source_id
        self.error_class = error_class
        self.detail = detail
