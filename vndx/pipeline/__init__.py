"""The task library: one function per DAG task, each testable without Airflow."""
