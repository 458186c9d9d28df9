"""What the vndx DAGs share: owner, retries, the pool, the asset that links them, and the tasks.

Kept in the package (not the DAG folder) so DAG files and tests import it the same way.

Isolation: each source runs as one map index of a mapped task group (crawl -> parse_and_extract
-> validate). In a mapped task group, a task depends only on the upstream task instance with its
own map index, so one source's failure stops only that source's chain; every other source is
parsed, validated and emits the validated-facts asset (an asset event is recorded per successful
task instance, whatever happens to the rest of the run). The last task (`report_sources`, run
once every chain is done) fails the DAG run and names the failed sources with their reasons.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from airflow.sdk import Asset, task, task_group
from airflow.sdk.exceptions import AirflowFailException

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


@contextlib.contextmanager
def _no_retry_for_permanent_errors() -> Iterator[None]:
    """A malformed source file stays malformed: fail the task now instead of retrying it."""
    from vndx.pipeline.tasks import permanent_errors  # noqa: PLC0415

    try:
        yield
    except permanent_errors() as exc:
        raise AirflowFailException(str(exc)) from exc


# Each map index is shown under its source's name in the UI and the logs (named mapping:
# the task puts the name in its context, the template reads it back).
MAP_INDEX_NAME = "{{ vndx_source }}"


def _name_map_index(source_id: str) -> None:
    from airflow.sdk import get_current_context  # noqa: PLC0415

    get_current_context()["vndx_source"] = source_id  # type: ignore[typeddict-unknown-key]


# The DAG param (and run conf key) that makes a run fetch every discovered article again,
# instead of only those the revisit policy finds due: `--conf '{"full_reread": true}'`.
FULL_REREAD = "full_reread"


@task(pool=HOSTS_POOL, map_index_template=MAP_INDEX_NAME)
def crawl(source_id: str, data_interval_start=None, data_interval_end=None, params=None) -> dict:
    """Discover, fetch and land one source's pages for the run's data interval."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    _name_map_index(source_id)
    with _no_retry_for_permanent_errors():
        return tasks.crawl(source_id, data_interval_start, data_interval_end,
                           full_reread=bool((params or {}).get(FULL_REREAD, False)))


@task(map_index_template=MAP_INDEX_NAME)
def parse_and_extract(crawled: dict) -> dict:
    """Main text and facts of every page one batch landed."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    _name_map_index(crawled["batch_id"])
    with _no_retry_for_permanent_errors():
        return tasks.parse_and_extract(crawled)


@task(outlets=[VALIDATED_FACTS], map_index_template=MAP_INDEX_NAME)
def validate(parsed: dict) -> dict:
    """GX checkpoint for one batch; on success emits the asset that schedules the dbt DAG."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    _name_map_index(parsed["batch_id"])
    return tasks.validate(parsed)


@task_group(group_id="source")
def each_source(source_id: str) -> None:
    """One source's chain; mapped over the registry, one map index per source."""
    validate(parse_and_extract(crawl(source_id)))


@task_group(group_id="batch")
def each_batch(batch: dict) -> None:
    """One landed batch re-parsed and re-validated (vndx_reprocess); one map index per batch."""
    validate(parse_and_extract(batch))


@task(trigger_rule="all_done")
def report_sources(source_ids: list[str], data_interval_start=None) -> dict:
    """After every source's chain: fail the run if any source failed, naming each with its reason."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)
    from vndx.pipeline.outcomes import SourcesFailedError  # noqa: PLC0415

    try:
        return tasks.report_sources(source_ids, data_interval_start)
    except SourcesFailedError as exc:
        raise AirflowFailException(str(exc)) from exc


@task(trigger_rule="all_done")
def report_batches(batches: list[dict]) -> dict:
    """The same for vndx_reprocess's batches."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)
    from vndx.pipeline.outcomes import SourcesFailedError  # noqa: PLC0415

    try:
        return tasks.report_batches(batches)
    except SourcesFailedError as exc:
        raise AirflowFailException(str(exc)) from exc
