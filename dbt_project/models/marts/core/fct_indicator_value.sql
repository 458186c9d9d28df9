{#-
    The consolidated value per province entity x indicator x year (the rule: the intermediate model
    int_indicator_values_consolidated).

    Incremental: a run recomputes only the keys whose observations changed since the last run
    (their count or their newest loaded_at differs from what this table recorded), so new,
    updated and deleted facts are all caught; keys left without any observation are deleted by
    the post-hook. The per-key count and newest loaded_at come from an index-only scan of
    fct_indicator_observation's (province_id, indicator_code, period_year, loaded_at) index: only
    the consolidated values of changed keys are computed (the key filters are pushed down into the
    view int_indicator_values_consolidated). A change of the province seeds needs
    `dbt build --full-refresh`.
    transformed_at is the start of the dbt run that wrote the row: the data tests of an
    incremental `dbt build` check only the rows of that run (macro get_where_subquery).
-#}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='indicator_value_id',
        on_schema_change='append_new_columns',
        indexes=[{'columns': ['transformed_at']}],
        post_hook=[
            "delete from {{ this }} as val where not exists (
                select from {{ ref('fct_indicator_observation') }} as obs
                where
                    obs.province_id = val.province_id
                    and obs.indicator_code = val.indicator_code
                    and obs.period_year = val.period_year
            )"
        ],
    )
}}

with

{% if is_incremental() %}

    -- per key: the number of observations and the newest loaded_at (key columns only: an
    -- index-only scan, not the observations themselves)
    current_keys as (

        select
            province_id,
            indicator_code,
            period_year,
            count(*) as n_observations,
            max(loaded_at) as last_loaded_at

        from {{ ref('fct_indicator_observation') }}
        where province_id is not null
        group by province_id, indicator_code, period_year

    ),

    previous_keys as (

        select
            province_id,
            indicator_code,
            period_year,
            n_observations,
            last_loaded_at

        from {{ this }}

    ),

    -- materialized: a few keys, computed once, before any observation is read in full
    changed_keys as materialized (

        select
            current_keys.province_id,
            current_keys.indicator_code,
            current_keys.period_year

        from current_keys
        left join previous_keys
            on
                current_keys.province_id = previous_keys.province_id
                and current_keys.indicator_code = previous_keys.indicator_code
                and current_keys.period_year = previous_keys.period_year
        where
            previous_keys.province_id is null
            or current_keys.n_observations <> previous_keys.n_observations
            or current_keys.last_loaded_at > previous_keys.last_loaded_at

    ),

    -- `= any(array(...))` is a parameter PostgreSQL pushes into the view, below its window
    -- functions (a join or `in (select ...)` would not be): only changed keys are consolidated.
    consolidated as (

        select consolidated_values.*
        from {{ ref('int_indicator_values_consolidated') }} as consolidated_values
        where
            consolidated_values.province_id = any(array(select changed_keys.province_id from changed_keys))
            and consolidated_values.indicator_code
            = any(array(select changed_keys.indicator_code from changed_keys))
            and consolidated_values.period_year
            = any(array(select changed_keys.period_year from changed_keys))
            and (
                consolidated_values.province_id,
                consolidated_values.indicator_code,
                consolidated_values.period_year
            ) in (
                select
                    changed_keys.province_id,
                    changed_keys.indicator_code,
                    changed_keys.period_year
                from changed_keys
            )

    ),

{% else %}

    consolidated as (

        select * from {{ ref('int_indicator_values_consolidated') }}

    ),

{% endif %}

final as (

    select
        md5(province_id || '|' || indicator_code || '|' || period_year) as indicator_value_id,
        province_id,
        province_slug,
        era_provinces,
        indicator_code,
        period_year,
        value,
        unit,
        out_of,
        qualifier,
        selection_rule,
        has_conflict,
        n_observations,
        n_sources,
        n_documents,
        n_distinct_values,
        min_value,
        max_value,
        selected_fact_id,
        selected_document_id,
        selected_source_id,
        selected_source_kind,
        selected_published_at,
        first_published_at,
        last_published_at,
        first_loaded_at,
        last_loaded_at,
        cast('{{ run_started_at }}' as timestamp with time zone) as transformed_at

    from consolidated

)

select * from final
