"""Airflow DAG: dbt builds the marts whenever validated facts land. One `dbt build` (dbt's threads)
runs in the task `dbt_producer_watcher`; every model and its tests keep their own task, which
reads that build's result for its node, ends in the triggerer when the node succeeded, and fails
when it failed (Cosmos ExecutionMode.WATCHER, rendered from the manifest; vndx/pipeline/marts.py
says when the watchers start and how retries behave)."""

from __future__ import annotations

from datetime import datetime

from cosmos import DbtDag

from vndx.pipeline.dag_defaults import DEFAULT_ARGS, VALIDATED_FACTS
from vndx.pipeline.marts import cosmos_configs, watch_the_build

vndx_transform = DbtDag(
    dag_id="vndx_transform",
    schedule=[VALIDATED_FACTS],
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,  # two runs never build the same models at once
    default_args=DEFAULT_ARGS,
    tags=["vndx", "dbt", "marts"],
    doc_md=__doc__,
    **cosmos_configs(),
)
watch_the_build(vndx_transform)
