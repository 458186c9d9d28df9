{#-
    Data tests of the big incremental marts check only the rows the latest run wrote.

    A test configured with one of these `where` placeholders filters its model during an
    incremental `dbt build`:
      - `__rows_of_latest_run__` (fct_indicator_observation, fct_indicator_value): the rows whose
        transformed_at is this invocation's run_started_at, i.e. what this build wrote (nothing in a
        no-op build);
      - `__values_of_latest_run__` (rpt_value_provenance, which has no transformed_at column): the
        rows of the consolidated values fct_indicator_value wrote in this build (the provenance of
        exactly those values is rewritten by the same build);
      - `__facts_not_yet_observed__` (stg_raw__facts, a view of raw.facts, whose fact_id is also
        raw.facts' primary key): the facts fct_indicator_observation will read in this build, those
        loaded since its newest loaded_at minus observation_lookback_hours (raw.facts' loaded_at
        index); every fact when it does not exist yet.
    The model ran just before in the same invocation (Cosmos: `dbt build`), and the older rows passed
    the same tests when they were written; primary keys are also enforced by the tables' constraints.
    Everything else tests the whole table:
      - a first build or a `--full-refresh` (every row is new then; the filter is not even applied);
      - `dbt test` (no model ran: a full check, e.g. after a manual fix);
      - `--vars '{data_tests_full_scan: true}'` (a periodic full check from a build).
    This holds for warn-severity tests as well (their `store_failures` tables then hold this run's
    failures): every test of these marts costs what the change costs, not what the table holds.
    Why a placeholder: dbt renders `where` at parse time, without project macros
    (docs: resource-configs/where, "Custom logic").
-#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where') -%}
    {%- if where and ('_of_latest_run__' in where or '__facts_not_yet_observed__' in where) -%}
        {%- set where = where
            | replace('__rows_of_latest_run__', rows_of_latest_run(relation))
            | replace('__values_of_latest_run__', values_of_latest_run(relation))
            | replace('__facts_not_yet_observed__', facts_not_yet_observed()) -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ where }}) as dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- endif -%}
    {%- do return(adapter.dispatch('get_where_subquery', 'dbt')(relation)) -%}
{%- endmacro %}


{#- True when this invocation tests only what the latest run wrote (see above). -#}
{% macro latest_run_only() -%}
    {%- do return(flags.WHICH == 'build' and not flags.FULL_REFRESH and not var('data_tests_full_scan', false)) -%}
{%- endmacro %}


{#- The condition on `relation` (a table with transformed_at) keeping the rows this invocation wrote:
    transformed_at is the run's run_started_at, the same in every model and test of one `dbt build`.
    A build that wrote nothing (no-op) tests nothing here: the rows of the builds before passed then. -#}
{% macro rows_of_latest_run(relation, alias=none) -%}
    {%- if not latest_run_only() -%}
        {%- do return('true') -%}
    {%- endif -%}
    {%- set column = (alias ~ '.' if alias else '') ~ 'transformed_at' -%}
    {%- do return(column ~ " = cast('" ~ run_started_at ~ "' as timestamp with time zone)") -%}
{%- endmacro %}


{#- The condition on `relation` (a table with indicator_value_id beside fct_indicator_value in the same
    schema) keeping the rows of the values fct_indicator_value's latest run wrote. -#}
{% macro values_of_latest_run(relation, alias=none) -%}
    {%- if not latest_run_only() -%}
        {%- do return('true') -%}
    {%- endif -%}
    {%- set values = api.Relation.create(
        database=relation.database, schema=relation.schema, identifier='fct_indicator_value') -%}
    {%- set column = (alias ~ '.' if alias else '') ~ 'indicator_value_id' -%}
    {%- set condition -%}
        {{ column }} in (
            select latest_values.indicator_value_id from {{ values }} as latest_values
            where {{ rows_of_latest_run(values, 'latest_values') }}
        )
    {%- endset -%}
    {%- do return(condition) -%}
{%- endmacro %}


{#- The condition on stg_raw__facts keeping the facts fct_indicator_observation has not read yet. -#}
{% macro facts_not_yet_observed() -%}
    {%- set observations = adapter.get_relation(
        database=target.database, schema='marts', identifier='fct_indicator_observation') -%}
    {%- if not latest_run_only() or observations is none -%}
        {%- do return('true') -%}
    {%- endif -%}
    {%- set condition -%}
        loaded_at > (
            select coalesce(max(observed.loaded_at), '-infinity')
                - interval '{{ var("observation_lookback_hours") }} hours'
            from {{ observations }} as observed
        )
    {%- endset -%}
    {%- do return(condition) -%}
{%- endmacro %}
