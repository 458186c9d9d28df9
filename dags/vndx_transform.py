"""dbt builds the marts whenever validated facts land: Cosmos renders each dbt model (and its
tests) as its own task from the manifest, so nothing runs `dbt ls` at parse time."""

from __future__ import annotations

from datetime import datetime

from cosmos import DbtDag, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos.constants import LoadMode, TestBehavior, TestIndirectSelection
from cosmos.profiles import PostgresUserPasswordProfileMapping

from vndx.pipeline.dag_defaults import DBT_BIN, DBT_PROJECT_DIR, DEFAULT_ARGS, VALIDATED_FACTS

vndx_transform = DbtDag(
    dag_id="vndx_transform",
    schedule=[VALIDATED_FACTS],
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["vndx", "dbt", "marts"],
    doc_md=__doc__,
    project_config=ProjectConfig(
        dbt_project_path=DBT_PROJECT_DIR,
        manifest_path=DBT_PROJECT_DIR / "target" / "manifest.json",
        install_dbt_deps=False,
    ),
    profile_config=ProfileConfig(
        profile_name="vndx",
        target_name="airflow",
        # Credentials come from the Airflow connection at run time (never serialised into the DAG).
        profile_mapping=PostgresUserPasswordProfileMapping(conn_id="vndx_warehouse", profile_args={"schema": "marts"}),
    ),
    execution_config=ExecutionConfig(
        dbt_executable_path=DBT_BIN,
        # A model's task runs only the tests whose every parent it has built ...
        test_indirect_selection=TestIndirectSelection.CAUTIOUS,
    ),
    render_config=RenderConfig(
        load_method=LoadMode.DBT_MANIFEST,
        test_behavior=TestBehavior.BUILD,  # one `dbt build` per model: run and test together
        should_detach_multiple_parents_tests=True,  # ... the others get their own task after all parents
        emit_datasets=False,
    ),
)
