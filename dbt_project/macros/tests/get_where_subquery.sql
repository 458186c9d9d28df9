{#-
    Data tests of the big incremental marts check only the rows the latest run wrote.

    A test configured with `where: __rows_of_latest_run__` (fct_indicator_observation and
    fct_indicator_value, error-severity tests) filters its model to
    `transformed_at = (select max(transformed_at) from <model>)` during an incremental
    `dbt build`: the model ran just before in the same invocation (Cosmos: `dbt build --select
    <model>`), and the older rows passed the same tests when they were written. Everything else
    tests the whole table:
      - a first build or a `--full-refresh` (every row then carries this run's transformed_at,
        and the filter is not even applied);
      - `dbt test` (no model ran: a full check, e.g. after a manual fix);
      - `--vars '{data_tests_full_scan: true}'` (a periodic full check from a build).
    Warn-severity tests (monitoring, store_failures tables) always see the whole table.
    Why a placeholder: dbt renders `where` at parse time, without project macros
    (docs: resource-configs/where, "Custom logic").
-#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where') -%}
    {%- if where and '__rows_of_latest_run__' in where -%}
        {%- set latest_only = flags.WHICH == 'build'
            and not flags.FULL_REFRESH
            and not var('data_tests_full_scan', false) -%}
        {%- if latest_only -%}
            {%- set condition -%}
                transformed_at = (select max(latest.transformed_at) from {{ relation }} as latest)
            {%- endset -%}
        {%- else -%}
            {%- set condition = 'true' -%}
        {%- endif -%}
        {%- set where = where | replace('__rows_of_latest_run__', condition) -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ where }}) as dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- endif -%}
    {%- do return(adapter.dispatch('get_where_subquery', 'dbt')(relation)) -%}
{%- endmacro %}
