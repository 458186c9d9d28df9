"""What the vndx DAGs share: owner, retries, the pools, the asset that links them, and the tasks.

Kept in the package (not the DAG folder) so DAG files and tests import it the same way.

Isolation: each source runs as one map index of a mapped task group (crawl -> parse_and_extract
-> validate). In a mapped task group, a task depends only on the upstream task instance with its
own map index, so one source's failure stops only that source's chain; every other source is
parsed and validated. Three tasks follow every chain (trigger rule all_done, so they run whatever
failed):
- the validated-facts asset is emitted once per run, when some batch was validated in this
  attempt of the run (`vndx.pipeline.publish`): one pipeline run, one `vndx_transform` run, which
  sees every source. By `publish_validated_facts` (all_success) when every chain succeeded, else
  by `publish_despite_failures` (all_done, skipped when nothing failed) for the sources that got
  through. Two tasks because `tasks clear --only-failed --downstream` clears only failed and
  upstream-failed task instances: publish_validated_facts is upstream-failed after a failed
  source, so re-running that source clears it and it publishes the fixed source's facts;
- `build_data_docs` renders the GX Data Docs of the run's batches once (not per batch);
- `report_sources` fails the DAG run and names the failed sources with their reasons.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from airflow.sdk import Asset, task, task_group
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from vndx.config import settings
from vndx.orchestration import airflow_settings

OWNER = "vndx"

# The retry policy is the one of every deployment (vndx/orchestration/airflow_settings.py);
# `vndx run` and the tests shorten its delay (VNDX_RETRY_DELAY_SECONDS) to fail fast.
DEFAULT_ARGS = {"owner": OWNER, **airflow_settings.retry_policy()}

# Emitted once per pipeline (or reprocess) run whose batches landed validated facts in raw.facts
# (by `publish_validated_facts`); schedules the dbt DAG.
VALIDATED_FACTS = Asset(name="vndx_validated_facts", uri="postgres://warehouse:5432/vndx/raw/facts")

# One slot per host crawled at the same time (created by `vndx airflow-init`, size in airflow_settings).
HOSTS_POOL = airflow_settings.HOSTS_POOL
# As many CPU-bound tasks (parse, validate) at once as the machine has cores (airflow_settings).
CPU_POOL = airflow_settings.CPU_POOL

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


@task(pool=CPU_POOL, map_index_template=MAP_INDEX_NAME)
def parse_and_extract(crawled: dict) -> dict:
    """Main text and facts of every page one batch landed."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    _name_map_index(crawled["batch_id"])
    with _no_retry_for_permanent_errors():
        return tasks.parse_and_extract(crawled)


@task(pool=CPU_POOL, map_index_template=MAP_INDEX_NAME)
def validate(parsed: dict) -> dict:
    """GX checkpoint for one batch (the asset is emitted once per run, by publish_validated_facts)."""
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


def _batch_ids(source_ids: list[str] | None, batches: list[dict] | None, interval_start) -> list[str]:
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    if batches is not None:
        return [b["batch_id"] for b in batches]
    return tasks.batch_ids_of(source_ids or [], interval_start)


def _publish(complete: bool, source_ids, batches, data_interval_start, dag_run, outlet_events) -> dict:
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    since = getattr(dag_run, "start_date", None)
    extra, why_not = tasks.publish_validated_facts(_batch_ids(source_ids, batches, data_interval_start), since,
                                                   complete=complete)
    if extra is None:
        raise AirflowSkipException(f"no asset event: {why_not}")
    outlet_events[VALIDATED_FACTS].extra = extra
    return extra


@task(outlets=[VALIDATED_FACTS])  # all_success: every chain of the run (or of its re-run) succeeded
def publish_validated_facts(source_ids: list[str] | None = None, batches: list[dict] | None = None,
                            data_interval_start=None, dag_run=None, outlet_events=None) -> dict:
    """Every chain succeeded: emit the validated-facts asset once for the run (skipped, no event,
    when no batch was validated with articles or facts in this attempt). When some chain failed
    it is upstream-failed, so `tasks clear --only-failed --downstream` of the failed source
    clears it too and it publishes once the source is fixed."""
    return _publish(True, source_ids, batches, data_interval_start, dag_run, outlet_events)


@task(outlets=[VALIDATED_FACTS], trigger_rule="all_done")
def publish_despite_failures(source_ids: list[str] | None = None, batches: list[dict] | None = None,
                             data_interval_start=None, dag_run=None, outlet_events=None) -> dict:
    """Some chain failed: emit the asset once for the batches that were validated, so the marts
    do not wait for the failed source (skipped when every chain succeeded: then
    publish_validated_facts publishes)."""
    return _publish(False, source_ids, batches, data_interval_start, dag_run, outlet_events)


@task(trigger_rule="all_done")
def build_data_docs(source_ids: list[str] | None = None, batches: list[dict] | None = None,
                    data_interval_start=None) -> dict:
    """After every validate: the GX Data Docs of the run's batches, built once for the run."""
    from vndx.pipeline import tasks  # noqa: PLC0415  (loaded when the task runs, not when a DAG is parsed)

    return tasks.build_data_docs(_batch_ids(source_ids, batches, data_interval_start))


def after_every_chain(chains, *, source_ids=None, batches=None) -> None:
    """Publish, document and report once every chain of the run is done (the tasks of the
    module docstring), for `vndx_pipeline` (`source_ids`) or `vndx_reprocess` (`batches`)."""
    report = report_batches(batches) if batches is not None else report_sources(source_ids)
    chains >> [publish_validated_facts(source_ids=source_ids, batches=batches),
               publish_despite_failures(source_ids=source_ids, batches=batches),
               build_data_docs(source_ids=source_ids, batches=batches), report]


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
