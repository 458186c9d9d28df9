"""The validate stage: read one batch from the warehouse, run the GX suites (`expectations/`) on
it, and record the outcome (`vndx.warehouse.writes`).

`validate_facts` reads `raw.fact_candidates` of the batch, runs the `facts` suite, then in one
transaction replaces the batch documents' rows in `raw.facts` (passing facts) and in
`quarantine.facts` (failing facts with `failed_expectations` and a readable `reason`), and upserts
one `audit.validation_runs` row per (batch_id, suite). `validate_pages` / `validate_articles` do the
same for their datasets, writing failing rows to `audit.validation_failures` (nothing is deleted
from the raw landing tables). Re-running a batch replaces its rows: it never adds any.

When the share of failing rows exceeds the threshold (`max_failing_share`, default
`VNDX_MAX_FAILING_SHARE`, else 0.5; "none" disables), `SiteDriftError` is raised *after* the
outcome is recorded, so the task for that source fails without blocking the others.
An empty batch is valid (success, 0 evaluated): drift on empty sources is the crawl's to detect.

A batch whose inputs are unchanged since its recorded validation is not validated again: each
`audit.validation_runs` row keeps `input_key`, a hash of what the validation read (the batch's rows
as queried, for facts also the batch's document ids; the suite's fingerprint: its GX expectations,
the GX version and the `expectations` code; the drift threshold; for facts the reference seeds).
The same key keeps the recorded outcome: nothing is written (`raw.facts.loaded_at` stays, so the
marts see no change), the report says `unchanged`, and a recorded drift still fails the task.
`force=True` (`vndx reprocess --force`) validates anyway.

The Data Docs are not touched per batch: `build_data_docs` renders a run's results once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from psycopg.rows import dict_row

from expectations import articles, facts, pages, runner
from expectations.facts import FactReference
from expectations.runner import ValidationReport, validate_rows
from expectations.suite import Suite
from scrapers.errors import SITE_DRIFT_FAILING_VALIDATION, SiteDriftError
from vndx import config, reference
from vndx.warehouse import writes
from vndx.warehouse.db import connect

log = logging.getLogger(__name__)

PAGES_QUERY = """
select pu.url, pu.source_id, pu.batch_id, pu.role, fl.status, fl.error_class, pu.content_sha256,
       pg.bytes, pg.content_type, pg.charset
from raw.page_urls as pu
left join raw.pages as pg on pg.content_sha256 = pu.content_sha256
left join lateral (
    select f.status, f.error_class
    from raw.fetch_log as f
    where f.batch_id = pu.batch_id and f.url = pu.url
    order by f.attempt desc
    limit 1
) as fl on true
where pu.batch_id = %s
order by pu.url
"""
ARTICLES_QUERY = f"select {', '.join(articles.COLUMNS)} from raw.documents where batch_id = %s order by doc_id"
FACTS_QUERY = (f"select {', '.join(writes.CANDIDATE_COLUMNS)} from raw.fact_candidates "
               "where batch_id = %s order by fact_id")


@lru_cache(maxsize=1)
def fact_reference() -> FactReference:
    """What the facts suite checks against, from `vndx.reference` (the seeds)."""
    return FactReference(
        catalog={i.code: i for i in reference.load_indicators()},
        provinces_by_era=reference.provinces_by_era(),
        denominators_by_era=reference.rank_denominators_by_era(),
        era_of=reference.era_of,
    )


@lru_cache(maxsize=1)
def _seeds_fingerprint() -> str:
    """The reference the facts suite reads: the seed CSVs and the code that reads them (the era
    rule `era_of` is code)."""
    digest = hashlib.sha256()
    for path in [*sorted(reference.seeds_dir().glob("*.csv")), Path(reference.__file__)]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def facts_suite() -> Suite:
    return facts.suite(fact_reference(), writes.CANDIDATE_COLUMNS)


def build_data_docs(batch_ids: list[str] | None) -> Path:
    """The GX Data Docs of a run's batches (every suite's result of each), built once per DAG run
    by its `build_data_docs` task; None: every stored result. Returns the index page."""
    return runner.build_data_docs(config.gx_docs_dir(), batch_ids, [pages.suite(), articles.suite(), facts_suite()])


@contextlib.contextmanager
def _connection(conn_or_url: Any) -> Iterator[Any]:
    """A URL (or None: the warehouse) opens an autocommit connection; a psycopg connection is used
    as is (in a transaction block of its own, or a savepoint if the caller has one open)."""
    if conn_or_url is None or isinstance(conn_or_url, str):
        with connect(conn_or_url, autocommit=True) as conn:
            yield conn
    else:
        yield conn_or_url


def _read(conn, query: str, batch_id: str) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, (batch_id,))
        return list(cur.fetchall())


def _is_drift(report: ValidationReport, threshold: float | None) -> bool:
    return threshold is not None and report.evaluated > 0 and report.failing_share > threshold


def _finish(report: ValidationReport, threshold: float | None) -> ValidationReport:
    log.info("%s %s %s: %d/%d rows failed", "unchanged since its recorded validation:" if report.unchanged
             else "validated", report.suite, report.batch_id, report.failed, report.evaluated)
    if _is_drift(report, threshold):
        top = ", ".join(f"{k}={v}" for k, v in sorted(report.failed_by_expectation.items(),
                                                        key=lambda kv: -kv[1])[:5])
        raise SiteDriftError(
            report.batch_id.split("/")[0], SITE_DRIFT_FAILING_VALIDATION,
            f"{report.suite} of batch {report.batch_id}: {report.failed}/{report.evaluated} rows failed "
            f"({report.failing_share:.0%} > {threshold:.0%}); {top}; see {report.data_docs_path}",
            detail=report,
        )
    return report


def _threshold(max_failing_share: float | None) -> float | None:
    return max_failing_share if max_failing_share is not None else config.max_failing_share()


def input_key(suite: Suite, rows: list[dict[str, Any]], threshold: float | None, *extra: Any) -> str:
    """What validating `rows` with `suite` under `threshold` depends on, as a hash (`extra`: what
    else the suite or the writes read, e.g. the batch's documents and the reference seeds)."""
    text = json.dumps([runner.suite_fingerprint(suite), threshold, list(extra), rows],
                      sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _unchanged(conn, suite: Suite, batch_id: str, key: str, stored_rows: int | None = None) -> ValidationReport | None:
    """The recorded outcome of (batch, suite) when it was validated from the same inputs (`key`),
    else None. `stored_rows`: for facts, the batch's rows in raw.facts + quarantine.facts now,
    which must still be what was recorded (else the rows were removed since: validate again)."""
    recorded = writes.recorded_validation_run(conn, batch_id=batch_id, suite=suite.name)
    if recorded is None or recorded["input_key"] != key:
        return None
    if stored_rows is not None and stored_rows != recorded["evaluated"]:
        return None
    return ValidationReport(
        batch_id=batch_id, suite=suite.name, success=recorded["success"], evaluated=recorded["evaluated"],
        failed=recorded["failed"], failing_share=recorded["failing_share"],
        data_docs_path=recorded["data_docs_path"] or "",
        failed_by_expectation=dict(recorded["failed_by_expectation"] or {}), unchanged=True,
    )


def _validate_landing(suite: Suite, query: str, conn_or_url: Any, batch_id: str,
                      max_failing_share: float | None, force: bool) -> ValidationReport:
    threshold = _threshold(max_failing_share)
    with _connection(conn_or_url) as conn:
        rows = _read(conn, query, batch_id)
        key = input_key(suite, rows, threshold)
        if not force and (recorded := _unchanged(conn, suite, batch_id, key)) is not None:
            return _finish(recorded, threshold)
        report, outcome, gx_version = validate_rows(suite, rows, batch_id, docs_dir=config.gx_docs_dir())
        with conn.transaction():
            writes.replace_validation_failures(
                conn, batch_id=batch_id, suite=suite.name,
                failures=[(key, names, "; ".join(outcome.reasons[key])) for key, names in outcome.failures.items()])
            writes.upsert_validation_run(conn, report, threshold=threshold, drift=_is_drift(report, threshold),
                                         gx_version=gx_version, input_key=key)
    return _finish(report, threshold)


def validate_pages(conn_or_url: Any, batch_id: str, *, max_failing_share: float | None = None,
                   force: bool = False) -> ValidationReport:
    """Validate the pages landed for `batch_id`; failing pages go to `audit.validation_failures`."""
    return _validate_landing(pages.suite(), PAGES_QUERY, conn_or_url, batch_id, max_failing_share, force)


def validate_articles(conn_or_url: Any, batch_id: str, *, max_failing_share: float | None = None,
                      force: bool = False) -> ValidationReport:
    """Validate the articles parsed in `batch_id`; failing ones go to `audit.validation_failures`."""
    return _validate_landing(articles.suite(), ARTICLES_QUERY, conn_or_url, batch_id, max_failing_share, force)


STORED_FACTS_QUERY = """
select (select count(*) from raw.facts where batch_id = %(b)s)
     + (select count(*) from quarantine.facts where batch_id = %(b)s)
"""


def validate_facts(conn_or_url: Any, batch_id: str, *, max_failing_share: float | None = None,
                   force: bool = False) -> ValidationReport:
    """Validate the fact candidates of `batch_id`; passing ones to `raw.facts`, failing ones to
    `quarantine.facts`; one `audit.validation_runs` row; `SiteDriftError` above the threshold.
    Unchanged inputs (see the module doc) keep the recorded outcome unless `force`."""
    threshold = _threshold(max_failing_share)
    suite = facts_suite()
    with _connection(conn_or_url) as conn:
        rows = _read(conn, FACTS_QUERY, batch_id)
        # The batch's documents: their earlier facts (passing or quarantined) are replaced.
        documents = _read(conn, "select doc_id from raw.documents where batch_id = %s", batch_id)
        doc_ids = sorted({r["doc_id"] for r in rows} | {r["doc_id"] for r in documents})
        key = input_key(suite, rows, threshold, doc_ids, _seeds_fingerprint())
        if not force:
            stored = conn.execute(STORED_FACTS_QUERY, {"b": batch_id}).fetchone()[0]
            if (recorded := _unchanged(conn, suite, batch_id, key, stored_rows=stored)) is not None:
                return _finish(recorded, threshold)
        report, outcome, gx_version = validate_rows(suite, rows, batch_id, docs_dir=config.gx_docs_dir())
        passing = [r for r in rows if str(r["fact_id"]) not in outcome.failures]
        failing = [(r, outcome.failures[str(r["fact_id"])], "; ".join(outcome.reasons[str(r["fact_id"])]))
                   for r in rows if str(r["fact_id"]) in outcome.failures]
        with conn.transaction():
            writes.replace_validated_facts(conn, batch_id=batch_id, doc_ids=doc_ids, passing=passing,
                                           failing=failing)
            writes.upsert_validation_run(conn, report, threshold=threshold, drift=_is_drift(report, threshold),
                                         gx_version=gx_version, input_key=key)
    return _finish(report, threshold)
