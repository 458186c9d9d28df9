{#-
    One row per validated fact. Incremental: each run re-reads the facts loaded since the newest
    loaded_at already here (minus a lookback, var observation_lookback_hours) and replaces them by
    fact_id (delete+insert), so a re-extracted document's changed facts are updated. Facts that
    are no longer in raw.facts (a document re-extracted without them) are deleted by the
    post-hook. Writers must set loaded_at = now() on every upsert.
-#}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='fact_id',
        on_schema_change='append_new_columns',
        indexes=[
            {'columns': ['fact_id'], 'unique': true},
            {'columns': ['loaded_at']},
            {'columns': ['province_id', 'indicator_code', 'period_year']},
        ],
        post_hook=[
            "delete from {{ this }} as obs where not exists (
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
        loaded_at

    from facts

)

select * from final
