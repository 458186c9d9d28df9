"""Per-batch stage outcomes (`audit.batch_stages`): which sources failed, where, and why.

Each DAG task runs inside `recorded(...)`; the final `report_sources` task and `vndx run` read
the rows back. Recording is best effort: when the warehouse itself is down, the stage fails on
its own and the reason is in the task's log ("no record" here).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Iterable, Iterator

from vndx.warehouse.db import connect

log = logging.getLogger(__name__)

STAGES = ("crawl", "parse", "validate")


class SourcesFailedError(RuntimeError):
    """Some sources of a run failed (each named with its stage and reason); the others went on."""

    def __init__(self, failures: list[Failure], total: int):
        self.failures = failures
        lines = "; ".join(f"{f.source_id} ({f.stage}: {f.reason})" for f in failures)
        super().__init__(f"{len(failures)} of {total} sources failed: {lines}")


@dataclasses.dataclass(frozen=True)
class Failure:
    batch_id: str
    source_id: str
    stage: str
    reason: str


def reason_of(exc: BaseException) -> str:
    """One line that says what went wrong (the message of our own errors is already complete)."""
    text = " ".join(str(exc).split())
    own = type(exc).__module__.startswith(("scrapers", "vndx", "expectations"))
    return (text if own and text else f"{type(exc).__name__}: {text}")[:1000]


def _write(url: str | None, sql: str, params: tuple) -> None:
    try:
        with connect(url) as conn:
            conn.execute(sql, params)
            conn.commit()
    except Exception as exc:  # the stage's own outcome matters more than its record
        log.warning("could not record the stage outcome: %s", exc)


@contextlib.contextmanager
def recorded(batch_id: str, source_id: str, stage: str, url: str | None = None) -> Iterator[None]:
    """Record the start, success or failure (with its reason) of one stage of one batch."""
    later = list(STAGES[STAGES.index(stage):])
    _write(url, "delete from audit.batch_stages where batch_id = %s and stage = any(%s)", (batch_id, later))
    _write(url, "insert into audit.batch_stages (batch_id, source_id, stage, status) values (%s, %s, %s, 'running')"
                " on conflict (batch_id, stage) do update set status = 'running', reason = null,"
                " started_at = now(), finished_at = null", (batch_id, source_id, stage))
    try:
        yield
    except BaseException as exc:
        _write(url, "update audit.batch_stages set status = 'failed', reason = %s, finished_at = now()"
                    " where batch_id = %s and stage = %s", (reason_of(exc), batch_id, stage))
        raise
    _write(url, "update audit.batch_stages set status = 'ok', finished_at = now()"
                " where batch_id = %s and stage = %s", (batch_id, stage))


def failures(conn, batches: Iterable[tuple[str, str]], first_stage: str = "crawl") -> list[Failure]:
    """The batches (batch_id, source_id) whose last attempt did not pass every stage from
    `first_stage` to validate, each with the stage where it stopped and why."""
    batches = list(batches)
    rows = conn.execute(
        "select batch_id, stage, status, reason from audit.batch_stages where batch_id = any(%s)",
        ([b for b, _ in batches],),
    ).fetchall()
    by_batch: dict[str, dict[str, tuple[str, str | None]]] = {}
    for batch_id, stage, status, reason in rows:
        by_batch.setdefault(batch_id, {})[stage] = (status, reason)
    found = []
    for batch_id, source_id in batches:
        stages = by_batch.get(batch_id, {})
        failure = None
        for stage in STAGES[STAGES.index(first_stage):]:
            status, reason = stages.get(stage, (None, None))
            if status == "ok":
                continue
            if status == "failed":
                failure = Failure(batch_id, source_id, stage, reason or "failed (no reason recorded)")
            elif status == "running":
                failure = Failure(batch_id, source_id, stage, "did not finish (killed, or the warehouse went away)")
            else:
                failure = Failure(batch_id, source_id, stage, "never ran: an earlier stage failed without a"
                                  " record (see the Airflow task log)")
            break
        if failure:
            found.append(failure)
    return found
