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
