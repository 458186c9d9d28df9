"""Validate one batch with GX and record the outcome (called by the Airflow tasks, before dbt).

`validate_facts` reads `raw.fact_candidates` of the batch, runs the `facts` checkpoint, then in
one transaction replaces the batch documents' rows in `raw.facts` (passing facts) and in
`quarantine.facts` (failing facts with `failed_expectations` and a readable `reason`), and upserts
one `audit.validation_runs` row per (batch_id, suite). `validate_pages` / `validate_articles` do the
same for their datasets, writing failing rows to `audit.validation_failures` (nothing is deleted
from the raw landing tables). Re-running a batch replaces its rows: it never adds any.

When the share of failing rows exceeds the threshold (`max_failing_share`, default env
`VNDX_MAX_FAILING_SHARE`, else 0.5; "none" disables), `SiteDriftError` is raised *after* the
outcome is recorded, so the task for that source fails without blocking the others.
An empty batch is valid (success, 0 evaluated): drift on empty sources is the scrapers' to detect.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from expectations import articles, facts, pages
from expectations import context as gx_context
from expectations.rules import columns_of, name_of

log = logging.getLogger(__name__)

DEFAULT_MAX_FAILING_SHARE = 0.5
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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class SiteDriftError(RuntimeError):
    """Too many rows of a batch failed validation: the source's pages probably changed shape."""

    def __init__(self, report: ValidationReport, threshold: float):
        self.report = report
        self.threshold = threshold
        top = ", ".join(f"{k}={v}" for k, v in sorted(report.failed_by_expectation.items(),
                                                        key=lambda kv: -kv[1])[:5])
        super().__init__(
            f"{report.suite} of batch {report.batch_id}: {report.failed}/{report.evaluated} rows failed "
            f"({report.failing_share:.0%} > {threshold:.0%}); {top}; see {report.data_docs_path}"
        )


def max_failing_share_default() -> float | None:
    raw = (os.environ.get("VNDX_MAX_FAILING_SHARE") or "").strip().lower()
    if not raw:
        return DEFAULT_MAX_FAILING_SHARE
    if raw in ("none", "off", "no"):
        return None
    return float(raw)


def data_docs_index() -> Path:
    """The index.html of the local Data Docs site (`VNDX_GX_DOCS_DIR` or `$VNDX_HOME/gx/data_docs`)."""
    return gx_context.data_docs_index()


@contextlib.contextmanager
def _connection(conn_or_url: Any) -> Iterator[Any]:
    """A URL (or None: the warehouse) opens an autocommit connection; a psycopg connection is used
    as is (in a transaction block of its own, or a savepoint if the caller has one open)."""
    if conn_or_url is None or isinstance(conn_or_url, str):
        from vndx.warehouse.db import connect  # noqa: PLC0415

        with connect(conn_or_url, autocommit=True) as conn:
            yield conn
    else:
        yield conn_or_url


def _read(conn, query: str, batch_id: str) -> list[dict[str, Any]]:
    from psycopg.rows import dict_row  # noqa: PLC0415

    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, (batch_id,))
        return list(cur.fetchall())


def _show(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class _Outcome:
    failures: dict[str, list[str]]  # row id -> failed expectation names (in suite order)
    reasons: dict[str, list[str]]  # row id -> one readable line per failed expectation
    counts: dict[str, int]


def _row_outcomes(result: Any, frame: Any, row_id: str) -> _Outcome:
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
    return _Outcome(failures, reasons, counts)


def validate_rows(module: ModuleType, rows: list[dict[str, Any]], batch_id: str):
    """Run the suite of `module` (pages, articles or facts) on `rows`; nothing is written.
    Returns (report, row outcome: failing row id -> expectation names and reasons, GX version)."""
    frame = module.prepare(rows)
    outcome = gx_context.run_suite(module.SUITE, module.suite_key(), module.expectations, frame, batch_id,
                                   module.ROW_ID)
    rows_outcome = _row_outcomes(outcome.result, frame, module.ROW_ID)
    evaluated = len(rows)
    failed = len(rows_outcome.failures)
    report = ValidationReport(
        batch_id=batch_id,
        suite=module.SUITE,
        success=bool(outcome.result.success) and failed == 0,
        evaluated=evaluated,
        failed=failed,
        failing_share=(failed / evaluated) if evaluated else 0.0,
        data_docs_path=outcome.data_docs_path,
        failed_by_expectation=dict(sorted(rows_outcome.counts.items())),
    )
    return report, rows_outcome, outcome.gx_version


def _write_audit(conn, report: ValidationReport, threshold: float | None, drift: bool,
                 gx_version: str) -> None:
    conn.execute(
        """
        insert into audit.validation_runs (batch_id, suite, run_at, success, evaluated, failed, failing_share,
            max_failing_share, drift_detected, failed_by_expectation, data_docs_path, gx_version)
        values (%s, %s, now(), %s, %s, %s, %s, %s, %s, %s::jsonb, %s, %s)
        on conflict (batch_id, suite) do update set
            run_at = excluded.run_at, success = excluded.success, evaluated = excluded.evaluated,
            failed = excluded.failed, failing_share = excluded.failing_share,
            max_failing_share = excluded.max_failing_share, drift_detected = excluded.drift_detected,
            failed_by_expectation = excluded.failed_by_expectation, data_docs_path = excluded.data_docs_path,
            gx_version = excluded.gx_version
        """,
        (report.batch_id, report.suite, report.success, report.evaluated, report.failed, report.failing_share,
         threshold, drift, json.dumps(report.failed_by_expectation), report.data_docs_path, gx_version),
    )


def _finish(report: ValidationReport, threshold: float | None) -> ValidationReport:
    log.info("validated %s %s: %d/%d rows failed", report.suite, report.batch_id, report.failed,
             report.evaluated)
    if _is_drift(report, threshold):
        raise SiteDriftError(report, threshold)  # type: ignore[arg-type]
    return report


def _is_drift(report: ValidationReport, threshold: float | None) -> bool:
    return threshold is not None and report.evaluated > 0 and report.failing_share > threshold


def _validate_landing(module: ModuleType, conn_or_url: Any, batch_id: str,
                      max_failing_share: float | None) -> ValidationReport:
    threshold = max_failing_share if max_failing_share is not None else max_failing_share_default()
    with _connection(conn_or_url) as conn:
        rows = _read(conn, module.QUERY, batch_id)
        report, outcome, gx_version = validate_rows(module, rows, batch_id)
        with conn.transaction():
            conn.execute("delete from audit.validation_failures where batch_id = %s and suite = %s",
                         (batch_id, module.SUITE))
            with conn.cursor() as cur:
                cur.executemany(
                    """
                    insert into audit.validation_failures
                        (batch_id, suite, row_key, failed_expectations, reason)
                    values (%s, %s, %s, %s, %s)
                    """,
                    [(batch_id, module.SUITE, key, names, "; ".join(outcome.reasons[key]))
                     for key, names in outcome.failures.items()],
                )
            _write_audit(conn, report, threshold, _is_drift(report, threshold), gx_version)
    return _finish(report, threshold)


def validate_pages(conn_or_url: Any, batch_id: str, *,
                   max_failing_share: float | None = None) -> ValidationReport:
    """Validate the pages landed for `batch_id`; failing pages go to `audit.validation_failures`."""
    return _validate_landing(pages, conn_or_url, batch_id, max_failing_share)


def validate_articles(conn_or_url: Any, batch_id: str, *,
                      max_failing_share: float | None = None) -> ValidationReport:
    """Validate the articles parsed in `batch_id`; failing ones go to `audit.validation_failures`."""
    return _validate_landing(articles, conn_or_url, batch_id, max_failing_share)


_FACT_COLUMNS = [c for c in facts.COLUMNS if c != "extracted_at"]
_RAW_FACT_COLUMNS = _FACT_COLUMNS
_QUARANTINE_COLUMNS = facts.COLUMNS + ["failed_expectations", "reason"]


def _insert(conn, table: str, columns: list[str], rows: list[tuple]) -> None:
    if not rows:
        return
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "fact_id")
    stamp = "loaded_at = now()" if table == "raw.facts" else "quarantined_at = now()"
    with conn.cursor() as cur:
        cur.executemany(
            f"insert into {table} ({', '.join(columns)}) values ({', '.join(['%s'] * len(columns))}) "  # noqa: S608
            f"on conflict (fact_id) do update set {updates}, {stamp}",
            rows,
        )


def validate_facts(conn_or_url: Any, batch_id: str, *,
                   max_failing_share: float | None = None) -> ValidationReport:
    """Validate the fact candidates of `batch_id`; passing ones to `raw.facts`, failing ones to
    `quarantine.facts`; one `audit.validation_runs` row; `SiteDriftError` above the threshold."""
    threshold = max_failing_share if max_failing_share is not None else max_failing_share_default()
    with _connection(conn_or_url) as conn:
        rows = _read(conn, facts.QUERY, batch_id)
        report, outcome, gx_version = validate_rows(facts, rows, batch_id)
        # The batch's documents: their earlier facts (passing or quarantined) are replaced.
        documents = _read(conn, "select doc_id from raw.documents where batch_id = %s", batch_id)
        doc_ids = sorted({r["doc_id"] for r in rows} | {r["doc_id"] for r in documents})
        passing = [r for r in rows if str(r["fact_id"]) not in outcome.failures]
        failing = [r for r in rows if str(r["fact_id"]) in outcome.failures]
        with conn.transaction():
            conn.execute("delete from raw.facts where batch_id = %s or doc_id = any(%s)", (batch_id, doc_ids))
            _insert(conn, "raw.facts", _RAW_FACT_COLUMNS,
                    [tuple(r[c] for c in _RAW_FACT_COLUMNS) for r in passing])
            conn.execute("delete from quarantine.facts where batch_id = %s or doc_id = any(%s)",
                         (batch_id, doc_ids))
            _insert(conn, "quarantine.facts", _QUARANTINE_COLUMNS,
                    [tuple(r[c] for c in facts.COLUMNS)
                     + (outcome.failures[str(r["fact_id"])], "; ".join(outcome.reasons[str(r["fact_id"])]))
                     for r in failing])
            _write_audit(conn, report, threshold, _is_drift(report, threshold), gx_version)
    return _finish(report, threshold)
