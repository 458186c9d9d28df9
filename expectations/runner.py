"""Validate one batch's rows with a suite and say, row by row, what failed (nothing is written).

`validate_rows(suite, rows, batch_id, docs_dir=...)` runs the suite on the rows (one
batch of pages, articles or facts, read by the caller), stores the result next to `docs_dir`, and
returns a `ValidationReport` (counts, failing share, failures by expectation) and the failing rows:
row id -> the names of the expectations it failed, and one readable reason per failure. What to
do with them (quarantine, audit rows, the drift threshold) is the caller's: `vndx.pipeline.validation`.
`build_data_docs(docs_dir, batch_ids, suites)` renders the Data Docs of a run's batches, once.
`suite_fingerprint(suite)` names what a suite checks (its GX expectations as configured, the GX
version, this package's code): the caller keys a batch's recorded outcome on it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from expectations import context as gx_context
from expectations.rules import columns_of, name_of
from expectations.suite import Suite

log = logging.getLogger(__name__)

GX_ERROR = "gx_error"


@dataclass
class ValidationReport:
    batch_id: str
    suite: str
    success: bool
    evaluated: int
    failed: int
    failing_share: float
    data_docs_path: str
    failed_by_expectation: dict[str, int] = field(default_factory=dict)
    unchanged: bool = False  # the recorded outcome of the same inputs, not validated again

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def data_docs_index(docs_dir: Path) -> Path:
    """The index.html of the local Data Docs site in `docs_dir`."""
    return gx_context.data_docs_index(docs_dir)


def build_data_docs(docs_dir: Path, batch_ids: list[str] | None, suites: list[Suite]) -> Path:
    """Build the Data Docs once for a run: the pages of every validation result of `batch_ids`
    (whichever process validated them), the suites' pages and the index. Returns the index."""
    for suite in suites:
        gx_context.register_suite(suite.name, suite.key, suite.expectations, suite.row_id, docs_dir)
    return gx_context.build_data_docs(docs_dir, batch_ids, tuple(s.name for s in suites))


_fingerprints: dict[tuple[str, str], str] = {}


def _package_code() -> str:
    """A hash of this package's sources: `prepare` and its helpers decide what the expectations
    see, so a change there changes a suite as much as a changed expectation does."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def suite_fingerprint(suite: Suite) -> str:
    """What `suite` checks, as a hash: its expectations as GX configures them (rules, value sets,
    bounds, names), the GX version and this package's code. Built once per (suite, key) and
    process (it imports GX and builds the expectations)."""
    cache_key = (suite.name, repr(suite.key))
    fingerprint = _fingerprints.get(cache_key)
    if fingerprint is None:
        gx = gx_context.import_gx()
        configs = gx_context.expectation_configs(suite.expectations)
        text = json.dumps([suite.name, suite.row_id, gx.__version__, _package_code(), configs],
                          sort_keys=True, default=str)
        fingerprint = _fingerprints[cache_key] = hashlib.sha256(text.encode()).hexdigest()
    return fingerprint


def _show(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class RowOutcome:
    failures: dict[str, list[str]]  # row id -> failed expectation names (in suite order)
    reasons: dict[str, list[str]]  # row id -> one readable line per failed expectation
    counts: dict[str, int]


def _row_outcomes(result: Any, frame: Any, row_id: str) -> RowOutcome:
    """Map each failing row (by `row_id`) to the names of the expectations it failed."""
    records = {str(r[row_id]): r for r in frame.to_dict("records")}
    failures: dict[str, list[str]] = {}
    reasons: dict[str, list[str]] = {}
    counts: dict[str, int] = {}

    def fail(key: str, name: str, detail: str) -> None:
        if name not in failures.setdefault(key, []):
            failures[key].append(name)
            reasons.setdefault(key, []).append(f"{name} ({detail})" if detail else name)

    for er in result.results:
        if er.success:
            continue
        config = er.expectation_config
        name = name_of(config)
        exception = er.exception_info or {}
        raised = bool(exception.get("raised_exception")) if isinstance(exception, dict) else False
        index_list = (er.result or {}).get("unexpected_index_list")
        if raised or index_list is None:
            # The expectation could not judge row by row: fail every row, loudly, with the error.
            message = exception.get("exception_message") if isinstance(exception, dict) else None
            log.error("expectation %s failed without row results: %s", name, message)
            keys = list(records)
            detail = f"{GX_ERROR}: {message}" if message else "no row-level result"
        else:
            keys = [str(item[row_id]) if isinstance(item, dict) else str(item) for item in index_list]
            detail = ""
        columns = columns_of(config)
        for key in dict.fromkeys(keys):
            row = records.get(key, {})
            fail(key, name, detail or ", ".join(f"{c}={_show(row.get(c))}" for c in columns))
        counts[name] = len(set(keys))
    return RowOutcome(failures, reasons, counts)


def validate_rows(suite: Suite, rows: list[dict[str, Any]], batch_id: str, *, docs_dir: Path):
    """Run `suite` on `rows`; nothing is written but the validation result next to `docs_dir`.
    Returns (report, row outcome: failing row id -> expectation names and reasons, GX version)."""
    frame = suite.prepare(rows)
    outcome = gx_context.run_suite(suite.name, suite.key, suite.expectations, frame, batch_id, suite.row_id,
                                   docs_dir)
    rows_outcome = _row_outcomes(outcome.result, frame, suite.row_id)
    evaluated = len(rows)
    failed = len(rows_outcome.failures)
    report = ValidationReport(
        batch_id=batch_id,
        suite=suite.name,
        success=bool(outcome.result.success) and failed == 0,
        evaluated=evaluated,
        failed=failed,
        failing_share=(failed / evaluated) if evaluated else 0.0,
        data_docs_path=outcome.data_docs_path,
        failed_by_expectation=dict(sorted(rows_outcome.counts.items())),
    )
    return report, rows_outcome, outcome.gx_version
