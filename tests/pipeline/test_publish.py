"""When a DAG run publishes the validated-facts asset (`vndx.pipeline.publish`), over a real
warehouse: only batches of the run validated in this attempt with articles or facts count."""

from __future__ import annotations

import datetime as dt

import psycopg

from vndx.pipeline.publish import what_to_publish


def _stage(conn, batch_id: str, status: str, finished_at: dt.datetime) -> None:
    conn.execute("insert into audit.batch_stages (batch_id, source_id, stage, status, started_at, finished_at)"
                 " values (%s, %s, 'validate', %s, %s, %s)",
                 (batch_id, batch_id.split("/")[0], status, finished_at, finished_at))


def _run(conn, batch_id: str, suite: str, evaluated: int, run_at: dt.datetime | None = None) -> None:
    conn.execute("insert into audit.validation_runs (batch_id, suite, success, evaluated, failed, failing_share,"
                 " run_at) values (%s, %s, true, %s, 0, 0, coalesce(%s, now()))", (batch_id, suite, evaluated, run_at))


def test_publishes_the_batches_validated_in_this_attempt(fresh_db):
    start = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
    run = ["a/2026-11-30", "b/2026-11-30", "c/2026-11-30", "d/2026-11-30", "e/2026-11-30"]
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        _stage(conn, run[0], "ok", start + dt.timedelta(minutes=1))  # validated now, with facts
        _run(conn, run[0], "articles", 2)
        _run(conn, run[0], "facts", 9)
        _stage(conn, run[1], "ok", start - dt.timedelta(hours=1))  # validated by an earlier attempt
        _run(conn, run[1], "facts", 5)
        _stage(conn, run[2], "failed", start + dt.timedelta(minutes=1))  # failed now
        _run(conn, run[2], "facts", 7)
        _stage(conn, run[3], "ok", start + dt.timedelta(minutes=1))  # validated now, nothing in it
        _run(conn, run[3], "articles", 0)
        _run(conn, run[3], "facts", 0)
        _stage(conn, run[4], "ok", start + dt.timedelta(minutes=1))  # validated now, inputs unchanged:
        _run(conn, run[4], "facts", 4, run_at=start - dt.timedelta(days=1))  # the recorded run kept
        _stage(conn, "z/2026-11-30", "ok", start + dt.timedelta(minutes=1))  # not a batch of this run
        _run(conn, "z/2026-11-30", "facts", 3)

        extra, _ = what_to_publish(conn, run, start)
        assert extra == {"batches": ["a/2026-11-30"], "articles": 2, "fact_candidates": 9, "batches_in_run": 5}
        # c did not pass validation: the all_done task publishes too.
        assert what_to_publish(conn, run, start, complete=False)[0] == extra
        # The earlier attempt's batch (and the earlier validation of e) count when no start is known.
        assert what_to_publish(conn, run, None)[0]["batches"] == ["a/2026-11-30", "b/2026-11-30", "e/2026-11-30"]


def test_the_all_done_task_leaves_a_run_without_failures_to_the_all_success_task(fresh_db):
    start = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        for batch_id in ("a/2026-11-30", "b/2026-11-30"):
            _stage(conn, batch_id, "ok", start + dt.timedelta(minutes=1))
            _run(conn, batch_id, "facts", 3)
        extra, why_not = what_to_publish(conn, ["a/2026-11-30", "b/2026-11-30"], start, complete=False)
        assert extra is None and "publish_validated_facts publishes" in why_not
        assert what_to_publish(conn, ["a/2026-11-30", "b/2026-11-30"], start)[0]["batches"] == [
            "a/2026-11-30", "b/2026-11-30"]


def test_nothing_to_publish_when_no_batch_was_validated_in_this_attempt(fresh_db):
    start = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        assert what_to_publish(conn, ["a/2026-11-30"], start, complete=False)[0] is None  # every source failed
        _stage(conn, "a/2026-11-30", "ok", start - dt.timedelta(minutes=5))
        _run(conn, "a/2026-11-30", "facts", 4)
        assert what_to_publish(conn, ["a/2026-11-30"], start)[0] is None  # validated before this attempt only
