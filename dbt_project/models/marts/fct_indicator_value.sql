{#-
    The consolidated value per province entity x indicator x year
    (rule: int_indicator_values_consolidated).
-#}
with

consolidated as (

    select * from {{ ref('int_indicator_values_consolidated') }}

),

final as (

    select
        md5(province_id || '|' || indicator_code || '|' || period_year) as indicator_value_id,
        province_id,
        province_slug,
        cast(province_era as integer) as era_provinces,
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
        last_loaded_at

    from consolidated

)

select * from final
