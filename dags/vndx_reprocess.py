"""Re-parse and re-extract every landed page with the current rules: no network. Run it by hand
after the extraction rules improve (and their EXTRACTOR_VERSION / PARSER_VERSION with them: a page
already parsed from the same content by the same versions is skipped; `vndx reprocess --force`
re-does those too); it emits the validated-facts asset once, so the marts follow.
One mapped task group per batch: one batch's failure stops only that batch."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import dag, task

from vndx.pipeline.dag_defaults import DEFAULT_ARGS, after_every_chain, each_batch


@dag(
    dag_id="vndx_reprocess",
    schedule=None,
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["vndx", "reprocess", "extract", "validate"],
    doc_md=__doc__,
)
def vndx_reprocess():
    @task
    def landed_batches() -> list[dict]:
        from vndx.pipeline import reprocess  # noqa: PLC0415  (loaded when the task runs, not when the DAG is parsed)

        return reprocess.landed_batches()

    batches = landed_batches()
    after_every_chain(each_batch.expand(batch=batches), batches=batches)


vndx_reprocess()
