"""Daily crawl of every registered source: discover -> fetch and land -> main text and facts
-> validate (GX). One mapped task per source, so one broken site fails only its own tasks.
Backfills by data interval are idempotent (every write is keyed by source and interval)."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import dag, task

from vndx.pipeline.dag_defaults import DEFAULT_ARGS, HOSTS_POOL, parse_and_extract, validate


@dag(
    dag_id="vndx_pipeline",
    schedule="@daily",
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["vndx", "crawl", "extract", "validate"],
    doc_md=__doc__,
)
def vndx_pipeline():
    @task
    def prepare_warehouse() -> list[str]:
        from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when the DAG is parsed)

        return tasks.prepare_warehouse()

    @task
    def discover_sources() -> list[str]:
        from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when the DAG is parsed)

        return tasks.list_sources()

    @task(pool=HOSTS_POOL, map_index_template="{{ task.op_kwargs['source_id'] }}")
    def crawl(source_id: str, data_interval_start=None, data_interval_end=None) -> dict:
        from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when the DAG is parsed)

        return tasks.crawl(source_id, data_interval_start, data_interval_end)

    sources = discover_sources()
    prepare_warehouse() >> sources
    validate.expand(parsed=parse_and_extract.expand(crawled=crawl.expand(source_id=sources)))


vndx_pipeline()
