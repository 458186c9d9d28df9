"""What the vndx DAGs share: owner, retries, the pool, the asset that links them, and common tasks.

Kept in the package (not the DAG folder) so DAG files and tests import it the same way."""

from __future__ import annotations

from airflow.sdk import Asset, task

from vndx.config import settings
from vndx.orchestration import airflow_settings

OWNER = "vndx"

# The retry policy is the one of every deployment (vndx/orchestration/airflow_settings.py);
# `vndx run` and the tests shorten its delay (VNDX_RETRY_DELAY_SECONDS) to fail fast.
DEFAULT_ARGS = {"owner": OWNER, **airflow_settings.retry_policy()}

# Emitted when a batch's validated facts land in raw.facts; schedules the dbt DAG.
VALIDATED_FACTS = Asset(name="vndx_validated_facts", uri="postgres://warehouse:5432/vndx/raw/facts")

# One slot per host crawled at the same time (created by `vndx airflow-init`, size in airflow_settings).
HOSTS_POOL = airflow_settings.HOSTS_POOL

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
