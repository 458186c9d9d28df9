{#-
    One row per validated fact. Incremental: each run re-reads the facts loaded since the newest
    loaded_at already here (minus a lookback, var observation_lookback_hours) and replaces them by
    fact_id (delete+insert), so a re-extracted document's changed facts are updated. Facts that
    are no longer in raw.facts (a document re-extracted without them) are deleted by the
    post-hook. Writers must set loaded_at = now() on every upsert.

    The post-hook's anti-join (every fact_id here against raw.facts) only runs when the two row
    counts differ: after the insert this table holds every fact of raw.facts (the lookback covers
    late commits), so equal counts mean nothing left raw.facts. Two counts cost a fraction of the
    anti-join.
    transformed_at is the start of the dbt run that wrote the row: the data tests of an
    incremental `dbt build` check only the rows of that run (macro get_where_subquery).
    Indexes: the key with loaded_at (index-only change detection in fct_indicator_value),
    loaded_at (this model's own watermark), transformed_at (the incremental data tests).
-#}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='fact_id',
        on_schema_change='append_new_columns',
        indexes=[
            {'columns': ['loaded_at']},
            {'columns': ['province_id', 'indicator_code', 'period_year', 'loaded_at']},
            {'columns': ['transformed_at']},
        ],
        post_hook=[
            "delete from {{ this }} as obs
            where
                (select count(*) from {{ this }})
                <> (select count(*) from {{ ref('stg_raw__facts') }})
                and not exists (
                    select from {{ ref('stg_raw__facts') }} as facts where facts.fact_id = obs.fact_id
                )"
        ],
    )
}}

with

facts as (

    select * from {{ ref('int_facts_resolved') }}
    {% if is_incremental() %}
        where
            loaded_at > (
                select
                    coalesce(max(this.loaded_at), '-infinity')
                    - interval '{{ var("observation_lookback_hours") }} hours'
                from {{ this }} as this
            )
    {% endif %}

),

final as (

    select
        fact_id,
        document_id,
        source_id,
        source_kind,
        batch_id,
        province_id,
        cast(province_era as integer) as era_provinces,
        province_slug,
        province_resolution,
        indicator_code,
        period_year,
        value,
        unit,
        out_of,
        qualifier,
        evidence,
        char_start,
        char_end,
        extractor_version,
        document_url,
        published_at,
        loaded_at,
        cast('{{ run_started_at }}' as timestamp with time zone) as transformed_at

    from facts

)

select * from final
