"""Daily crawl of every registered source: discover -> fetch and land -> main text and facts
-> validate (GX). One mapped task group per source, so one broken site fails only its own
chain: the others reach raw.facts. Then, once every chain is done: the validated-facts asset is
emitted once for the run (it schedules vndx_transform), the GX Data Docs are built, and the run
fails naming the failed sources, if any. Backfills by data interval are idempotent (every write is
keyed by source and interval). Known article URLs are fetched again on the revisit policy's
schedule (discovery pages every run); the param `full_reread` (a run's conf
`{"full_reread": true}`: `dags trigger --conf`, `backfill create --dag-run-conf`, `vndx run
--full-reread`) fetches every discovered article again."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import Param, dag, task

from vndx.pipeline.dag_defaults import DEFAULT_ARGS, FULL_REREAD, after_every_chain, each_source


@dag(
    dag_id="vndx_pipeline",
    schedule="@daily",
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params={FULL_REREAD: Param(False, type="boolean",
                               description="fetch every discovered article again, not only those due")},
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

    sources = discover_sources()
    prepare_warehouse() >> sources
    after_every_chain(each_source.expand(source_id=sources), source_ids=sources)


vndx_pipeline()
