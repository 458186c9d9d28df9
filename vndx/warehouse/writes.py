"""Every write vndx makes to the Python-owned tables after the crawl: raw.sources, raw.documents,
raw.fact_candidates, raw.parse_errors, raw.facts, quarantine.facts, audit.validation_runs and
audit.validation_failures. (The crawl's own rows, raw.fetch_log / raw.pages / raw.page_urls /
raw.crawl_errors, are written by `scrapers.landing` on the connection the caller hands it.)

Each write is an upsert on a natural key or a replace of one document's / batch's rows, so
re-running a batch never adds a row. Callers own the transaction (commit / rollback).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from psycopg.rows import dict_row

from vndx.extract.fact import Fact

# The columns of a fact row, in order: raw.fact_candidates (plus `extracted_at`), raw.facts (plus
# `loaded_at`) and quarantine.facts (plus `extracted_at`, `failed_expectations`, `reason`,
# `quarantined_at`). The GX facts suite validates rows of exactly these columns (+ extracted_at),
# and tests/warehouse/test_ddl.py checks the DDL against them.
FACT_COLUMNS = (
    "fact_id", "batch_id", "doc_id", "source_id", "source_kind", "url", "province_slug", "indicator_code",
    "period_year", "value", "unit", "out_of", "qualifier", "evidence", "char_start", "char_end",
    "extractor_version", "published_at",
)
CANDIDATE_COLUMNS = (*FACT_COLUMNS, "extracted_at")
QUARANTINE_COLUMNS = (*CANDIDATE_COLUMNS, "failed_expectations", "reason")


def fact_id_for(doc_id: str, fact: Fact) -> str:
    """The fact's key: a hash of (document, province, indicator, period, value, offset)."""
    key = "|".join(
        str(x)
        for x in (doc_id, fact.province, fact.indicator, fact.period, fact.value, fact.char_start)
    )
    return hashlib.sha256(key.encode()).hexdigest()[:24]


# -- the source registry -------------------------------------------------------------------------

def land_registry(conn, sources, registry: str) -> int:
    """Upsert every source of the registry into raw.sources; returns how many. Commits."""
    rows = [
        (s.id, registry, s.publisher, s.kind, s.province, s.base_urls[0] if s.base_urls else None,
         bool(s.checked), s.crawl_delay)
        for s in sources
    ]
    with conn.cursor() as cur:
        cur.executemany(
            """
            insert into raw.sources (source_id, registry, publisher, source_kind, province_slug, base_url,
                is_checked, crawl_delay_s)
            values (%s, %s, %s, %s, %s, %s, %s, %s)
            on conflict (source_id) do update set
                registry = excluded.registry, publisher = excluded.publisher,
                source_kind = excluded.source_kind, province_slug = excluded.province_slug,
                base_url = excluded.base_url, is_checked = excluded.is_checked,
                crawl_delay_s = excluded.crawl_delay_s, loaded_at = now()
            """,
            rows,
        )
    conn.commit()
    return len(rows)


# -- parse and extract ---------------------------------------------------------------------------

def upsert_document(conn, *, doc_id: str, url: str, source, content_sha256: str, document,
                    parser_version: str, batch_id: str, extractor_version: str | None = None) -> None:
    """One raw.documents row per parsed page (key doc_id). `extractor_version`: the extractor whose
    fact candidates are written for it in the same transaction (what lets a re-run skip the page)."""
    conn.execute(
        """
        insert into raw.documents (doc_id, url, source_id, source_kind, content_sha256, title,
            published_at, published_basis, province_slug, body_text, parser_version, batch_id, extractor_version)
        values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
        on conflict (doc_id) do update set
            url = excluded.url, source_id = excluded.source_id, source_kind = excluded.source_kind,
            content_sha256 = excluded.content_sha256, title = excluded.title,
            published_at = excluded.published_at, published_basis = excluded.published_basis,
            province_slug = excluded.province_slug, body_text = excluded.body_text,
            parser_version = excluded.parser_version, batch_id = excluded.batch_id,
            extractor_version = excluded.extractor_version, parsed_at = now()
        """,
        (doc_id, url, source.id, source.kind, content_sha256, document.title, document.published,
         document.published_basis, source.province, document.text, parser_version, batch_id, extractor_version),
    )


def replace_fact_candidates(conn, *, doc_id: str, source, batch_id: str, url: str, published,
                            facts: Iterable[Fact], extractor_version: str) -> int:
    """Replace the document's raw.fact_candidates rows (one per distinct fact id); returns how many."""
    conn.execute("delete from raw.fact_candidates where doc_id = %s", (doc_id,))
    rows: dict[str, tuple] = {}
    for fact in facts:
        fid = fact_id_for(doc_id, fact)
        rows.setdefault(fid, (
            fid, batch_id, doc_id, source.id, source.kind, url, fact.province, fact.indicator, fact.period,
            fact.value, fact.unit, fact.out_of, fact.qualifier, fact.evidence, fact.char_start, fact.char_end,
            fact.extractor_version or extractor_version, published,
        ))
    _insert(conn, "raw.fact_candidates", FACT_COLUMNS, list(rows.values()))
    return len(rows)


def record_parse_error(conn, *, batch_id: str, source_id: str, url: str, content_sha256: str,
                       reason: str) -> None:
    conn.execute(
        """
        insert into raw.parse_errors (batch_id, source_id, url, content_sha256, error)
        values (%s, %s, %s, %s, %s)
        on conflict (batch_id, url) do update set
            content_sha256 = excluded.content_sha256, error = excluded.error, recorded_at = now()
        """,
        (batch_id, source_id, url, content_sha256, reason[:2000]),
    )


def clear_parse_error(conn, *, batch_id: str, url: str) -> None:
    conn.execute("delete from raw.parse_errors where batch_id = %s and url = %s", (batch_id, url))


# -- validation outcomes -------------------------------------------------------------------------

def replace_validated_facts(conn, *, batch_id: str, doc_ids: Sequence[str], passing: list[dict[str, Any]],
                            failing: list[tuple[dict[str, Any], list[str], str]]) -> None:
    """Replace the batch documents' rows in raw.facts (passing candidates) and quarantine.facts
    (failing candidates, each with its failed expectation names and readable reason)."""
    conn.execute("delete from raw.facts where batch_id = %s or doc_id = any(%s)", (batch_id, list(doc_ids)))
    _insert(conn, "raw.facts", FACT_COLUMNS, [tuple(r[c] for c in FACT_COLUMNS) for r in passing],
            stamp="loaded_at")
    conn.execute("delete from quarantine.facts where batch_id = %s or doc_id = any(%s)",
                 (batch_id, list(doc_ids)))
    _insert(conn, "quarantine.facts", QUARANTINE_COLUMNS,
            [tuple(r[c] for c in CANDIDATE_COLUMNS) + (names, reason) for r, names, reason in failing],
            stamp="quarantined_at")


def replace_validation_failures(conn, *, batch_id: str, suite: str,
                                failures: list[tuple[str, list[str], str]]) -> None:
    """Replace the (batch, suite)'s audit.validation_failures rows: (row key, names, reason)."""
    conn.execute("delete from audit.validation_failures where batch_id = %s and suite = %s", (batch_id, suite))
    with conn.cursor() as cur:
        cur.executemany(
            """
            insert into audit.validation_failures (batch_id, suite, row_key, failed_expectations, reason)
            values (%s, %s, %s, %s, %s)
            """,
            [(batch_id, suite, key, names, reason) for key, names, reason in failures],
        )


def upsert_validation_run(conn, report, *, threshold: float | None, drift: bool, gx_version: str,
                          input_key: str | None = None) -> None:
    """The (batch, suite)'s audit.validation_runs row (a `expectations.runner.ValidationReport`);
    `input_key`: what the validation read (see `vndx.pipeline.validation`)."""
    conn.execute(
        """
        insert into audit.validation_runs (batch_id, suite, run_at, success, evaluated, failed, failing_share,
            max_failing_share, drift_detected, failed_by_expectation, data_docs_path, gx_version, input_key)
        values (%s, %s, now(), %s, %s, %s, %s, %s, %s, %s::jsonb, %s, %s, %s)
        on conflict (batch_id, suite) do update set
            run_at = excluded.run_at, success = excluded.success, evaluated = excluded.evaluated,
            failed = excluded.failed, failing_share = excluded.failing_share,
            max_failing_share = excluded.max_failing_share, drift_detected = excluded.drift_detected,
            failed_by_expectation = excluded.failed_by_expectation, data_docs_path = excluded.data_docs_path,
            gx_version = excluded.gx_version, input_key = excluded.input_key
        """,
        (report.batch_id, report.suite, report.success, report.evaluated, report.failed, report.failing_share,
         threshold, drift, json.dumps(report.failed_by_expectation), report.data_docs_path, gx_version,
         input_key),
    )


def recorded_validation_run(conn, *, batch_id: str, suite: str) -> dict[str, Any] | None:
    """The (batch, suite)'s audit.validation_runs row as a dict (None: never validated)."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            """
            select success, evaluated, failed, failing_share, failed_by_expectation, data_docs_path, input_key
            from audit.validation_runs where batch_id = %s and suite = %s
            """,
            (batch_id, suite),
        )
        return cur.fetchone()


def _insert(conn, table: str, columns: Sequence[str], rows: list[tuple], stamp: str | None = None) -> None:
    """Insert rows keyed by fact_id (a re-run updates them, and their `stamp` time, in place)."""
    if not rows:
        return
    updates = ", ".join([f"{c} = excluded.{c}" for c in columns if c != "fact_id"]
                        + ([f"{stamp} = now()"] if stamp else []))
    with conn.cursor() as cur:
        cur.executemany(
            f"insert into {table} ({', '.join(columns)}) values ({', '.join(['%s'] * len(columns))}) "
            f"on conflict (fact_id) do update set {updates}",
            rows,
        )
