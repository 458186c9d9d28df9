import datetime as dt

from vndx.pipeline.batches import batch_id_for, doc_id_for
from vndx.pipeline.runner import _redact


def test_batch_id_is_source_and_interval_day():
    assert batch_id_for("bao-bac-giang", dt.datetime(2026, 1, 2, 13, 5)) == "bao-bac-giang/2026-01-02"
    assert batch_id_for("x", dt.date(2025, 7, 1)) == "x/2025-07-01"


def test_doc_id_is_stable_per_url_and_differs_between_urls():
    a = doc_id_for("http://example.vn/a.html")
    assert a == doc_id_for("http://example.vn/a.html")
    assert a != doc_id_for("http://example.vn/b.html")
    assert len(a) == 16


def test_redact_hides_password():
    assert _redact("postgresql://vndx:s3cret@127.0.0.1:5/vndx") == "postgresql://vndx:***@127.0.0.1:5/vndx"


def test_failed_tasks_are_named_from_a_dags_test_log():
    from vndx.pipeline.runner import _failed_tasks

    log = "\n".join([
        "[info] [DAG TEST] starting task_id=crawl map_index=0 [airflow.sdk]",
        "[info] Task instance state updated new_state=success rows_affected=1",
        "[info] [DAG TEST] starting task_id=validate map_index=1 [airflow.sdk]",
        "[info] Task instance state updated new_state=failed rows_affected=1",
        "[info] [DAG TEST] starting task_id=parse_and_extract map_index=2 [airflow.sdk]",
    ])
    assert _failed_tasks(log) == {"validate"}


def test_a_long_list_of_failed_tasks_keeps_the_cause_in_the_stage_line(monkeypatch):
    # Watcher-mode marts: one broken connection fails every model task after the producer; the
    # stage line (cut at 500 characters) must still carry the cause, not just the task names.
    from vndx.pipeline import runner

    lines = []
    for i in range(60):
        lines += [f"[info] [DAG TEST] starting task_id=model_number_{i:02d}.run map_index=-1",
                  "[info] Task instance state updated new_state=failed rows_affected=1"]
    lines.append("psycopg2.OperationalError: connection to server failed: Connection refused")
    monkeypatch.setattr(runner, "_run_logged", lambda cmd, env, name, timeout: (1, "\n".join(lines)))
    try:
        runner._dag_test("vndx_transform", "2026-01-01", {})
    except runner.StageError as exc:
        first = str(exc).splitlines()[0]
    else:
        raise AssertionError("a failed dags test must raise")
    assert "Connection refused" in first[:500]
    assert "model_number_00.run" in first and "and 56 more" in first
