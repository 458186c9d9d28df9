"""What each Airflow task does. DAG files call these and nothing else.

Each function takes plain values (ids, dates) and returns a small JSON-able dict for XCom;
the data itself moves through the warehouse and the raw store. The DAG files import this module
inside their task bodies, so parsing a DAG never loads it.
"""

from __future__ import annotations

import datetime as dt
import logging

from scrapers.crawl import crawl_source
from scrapers.registry import RegistryError, get_source, load_sources, source_ids
from scrapers.revisit import RevisitPolicy
from vndx import config
from vndx.pipeline import publish
from vndx.pipeline.batches import batch_id_for
from vndx.pipeline.documents import process_batch
from vndx.pipeline.outcomes import SourcesFailedError, failures, recorded
from vndx.pipeline.validation import build_data_docs as build_validation_docs
from vndx.pipeline.validation import validate_articles, validate_facts, validate_pages
from vndx.relevance import is_relevant
from vndx.warehouse.db import connect, ensure_schema
from vndx.warehouse.writes import land_registry

log = logging.getLogger(__name__)


def permanent_errors() -> tuple[type[BaseException], ...]:
    """Errors a retry cannot fix (the DAGs fail these at once instead of retrying)."""
    return (RegistryError,)


def registry_name() -> str:
    return config.settings().sources


def _source(source_id: str):
    return get_source(source_id, registry_name())


def prepare_warehouse() -> list[str]:
    """Apply the raw/quarantine/audit DDL and land the source registry (both idempotent)."""
    applied = ensure_schema()
    broken: list = []  # a broken source file fails its own crawl task, not this one
    with connect() as conn:
        land_registry(conn, load_sources(registry_name(), errors=broken), registry_name())
    for exc in broken:
        log.warning("not landed in raw.sources: %s", exc)
    return applied


def list_sources() -> list[str]:
    """Every source id of the registry (file names: a file that does not parse is still listed,
    so that its own task fails and names the problem)."""
    return source_ids(registry_name())


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def revisit_policy(*, full_reread: bool = False, now: dt.datetime | None = None) -> RevisitPolicy:
    """The crawl's revisit policy (settings VNDX_REVISIT_MIN_DAYS / _MAX_DAYS).

    Its clock is the wall clock, also in a backfill of a past date: a URL's schedule counts days
    since we last asked its server, which happened in real time; the data interval only bounds
    which links discovery keeps. (Dating states by the logical date would make a backfill of
    last month see every page fetched since as fetched "in the future", and a later daily run
    see the backfill's fetches as a month old.) `full_reread` fetches every discovered article."""
    cfg = config.settings()
    return RevisitPolicy(now=now or dt.datetime.now(dt.UTC), min_days=cfg.revisit_min_days,
                         max_days=cfg.revisit_max_days, force=full_reread)


def crawl(source_id: str, interval_start, interval_end=None, *, since=None, full_reread: bool = False) -> dict:
    """Discover, fetch and land one source's pages for one data interval; known articles are
    fetched again only when the revisit policy says so, or all of them with `full_reread`."""
    start = _as_date(interval_start)
    batch_id = batch_id_for(source_id, start)
    with recorded(batch_id, source_id, "crawl"):
        summary = crawl_source(
            _source(source_id),
            batch_id=batch_id,
            connect=connect,  # opened while discovery's first requests go out
            raw_root=config.raw_root(),
            since=_as_date(since) if since else None,
            until=_as_date(interval_end) if interval_end else None,
            relevant=is_relevant,
            revisit_policy=revisit_policy(full_reread=full_reread),
        )
    log.info("%s: %d pages landed, errors %s; %d known articles not due; fetched because %s", batch_id,
             len(summary.pages), dict(summary.errors), summary.not_due, dict(summary.fetch_reasons))
    return {"batch_id": batch_id, "source_id": source_id, "pages": len(summary.pages),
            "discovered": summary.discovered, "fetched_on": start.isoformat(), "errors": dict(summary.errors),
            "not_due": summary.not_due, "fetch_reasons": dict(summary.fetch_reasons)}


def parse_and_extract(crawled: dict) -> dict:
    """Main text of every landed page, and the facts in it, for one batch. Pages already done from
    the same content and versions are skipped (counted as `unchanged`), unless `crawled["force"]`."""
    with recorded(crawled["batch_id"], crawled["source_id"], "parse"), connect() as conn:
        outcome = process_batch(
            conn,
            _source(crawled["source_id"]),
            crawled["batch_id"],
            config.raw_root(),
            fetched_on=_as_date(crawled["fetched_on"]),
            latest_only=bool(crawled.get("latest_only")),
            force=bool(crawled.get("force")),
        )
    log.info("%s: %d documents parsed, %d unchanged, %d facts, %d errors", outcome.batch_id,
             outcome.documents, outcome.unchanged, outcome.facts, len(outcome.errors))
    return {**outcome.as_dict(), "force": bool(crawled.get("force"))}  # forced: validate forces too


def validate(parsed: dict) -> dict:
    """GX validation of one batch: pages, articles, facts. Failing facts go to quarantine. A suite
    whose inputs are unchanged since its recorded validation keeps it (`unchanged`), unless the
    parse was forced. (One connection for the three suites; the Data Docs are built once per run.)"""
    batch_id, force = parsed["batch_id"], bool(parsed.get("force"))
    with recorded(batch_id, parsed["source_id"], "validate"), connect(autocommit=True) as conn:
        reports = [validate_pages(conn, batch_id, force=force), validate_articles(conn, batch_id, force=force),
                   validate_facts(conn, batch_id, force=force)]
    return {
        "batch_id": batch_id,
        "suites": {r.suite: {"success": r.success, "evaluated": r.evaluated, "failed": r.failed,
                             "unchanged": r.unchanged} for r in reports},
        "quarantined": reports[-1].failed,
        "data_docs": reports[-1].data_docs_path,
    }


def batch_ids_of(source_ids: list[str], interval_start) -> list[str]:
    """The batches of one `vndx_pipeline` run: one per source and data interval."""
    return [batch_id_for(s, _as_date(interval_start)) for s in source_ids]


def publish_validated_facts(batch_ids: list[str], since, *, complete: bool) -> tuple[dict | None, str]:
    """What the run's one validated-facts asset event says, or (None, why not) when there is
    nothing to publish (see `vndx.pipeline.publish`)."""
    with connect() as conn:
        return publish.what_to_publish(conn, batch_ids, since, complete=complete)


def build_data_docs(batch_ids: list[str]) -> dict:
    """The GX Data Docs of the run's batches, built once (every validate task only stores results)."""
    index = build_validation_docs(batch_ids)
    return {"batches": len(batch_ids), "data_docs": str(index)}


def report_sources(source_ids: list[str], interval_start) -> dict:
    """The DAG's last task: raise, naming each failed source with its stage and reason."""
    return _report(list(zip(batch_ids_of(source_ids, interval_start), source_ids, strict=True)), first_stage="crawl")


def report_batches(batches: list[dict]) -> dict:
    """`vndx_reprocess`'s last task: the same for re-parsed batches (no crawl stage)."""
    return _report([(b["batch_id"], b["source_id"]) for b in batches], first_stage="parse")


def _report(batches: list[tuple[str, str]], first_stage: str) -> dict:
    with connect() as conn:
        failed = failures(conn, batches, first_stage)
    for f in failed:
        log.error("%s failed at %s: %s", f.source_id, f.stage, f.reason)
    if failed:
        raise SourcesFailedError(failed, len(batches))
    return {"batches": len(batches), "failed": 0}
