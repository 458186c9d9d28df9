"""What the vndx DAGs share: owner, retries, the pool, the asset that links them, and common tasks.

Kept in the package (not the DAG folder) so DAG files and tests import it the same way."""

from __future__ import annotations

from datetime import timedelta

from airflow.sdk import Asset, task

from vndx.config import settings

OWNER = "vndx"

DEFAULT_ARGS = {
    "owner": OWNER,
    "retries": 2,
    # `vndx run` shortens the delay (VNDX_RETRY_DELAY_SECONDS) so a one-off local run fails fast.
    "retry_delay": timedelta(seconds=settings().retry_delay_seconds or 120),
    "retry_exponential_backoff": True,
}

# Emitted when a batch's validated facts land in raw.facts; schedules the dbt DAG.
VALIDATED_FACTS = Asset(name="vndx_validated_facts", uri="postgres://warehouse:5432/vndx/raw/facts")

# One slot per host crawled at the same time (created by `make run` / the compose init job).
HOSTS_POOL = "vndx_hosts"

# The dbt project and executable the marts DAG (Cosmos) runs.
DBT_PROJECT_DIR = settings().dbt_project_dir
DBT_BIN = settings().dbt_bin


# Tasks that more than one DAG uses (the bodies are one call into the task library).
@task
def parse_and_extract(crawled: dict) -> dict:
    """Main text and facts of every page one batch landed."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    return tasks.parse_and_extract(crawled)


@task(outlets=[VALIDATED_FACTS])
def validate(parsed: dict) -> dict:
    """GX checkpoint for one batch; emits the asset that schedules the dbt DAG."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    return tasks.validate(parsed)
