{#-
    The DTI ranking per province entity and year. ranking_basis is the number of provinces the
    rank is out of: 63 for entities of the 63-province era, 34 for the 2025 provinces.
    stated_out_of keeps the "N/63" denominator when the source stated one; has_basis_mismatch
    flags a stated denominator that disagrees with the basis.
-#}
{%- set pillars = ['digital_government', 'digital_economy', 'digital_society'] -%}
with

indicator_values as (

    select * from {{ ref('fct_indicator_value') }}
    where indicator_code like 'dti\_%'

),

provinces as (

    select * from {{ ref('dim_province') }}

),

periods as (

    select * from {{ ref('dim_period') }}

),

pivoted as (

    select
        province_id,
        period_year,
        max(value) filter (where indicator_code = 'dti_score') as dti_score,
        cast(max(value) filter (where indicator_code = 'dti_rank') as integer) as dti_rank,
        max(out_of) filter (where indicator_code = 'dti_rank') as stated_out_of,
        {%- for pillar in pillars %}
            max(value) filter (where indicator_code = 'dti_{{ pillar }}_score') as {{ pillar }}_score,
            cast(
                max(value) filter (where indicator_code = 'dti_{{ pillar }}_rank') as integer
            ) as {{ pillar }}_rank,
        {%- endfor %}
        bool_or(has_conflict) as has_any_conflict,
        bool_or(selected_source_kind = 'ranking') as has_ranking_source

    from indicator_values
    group by province_id, period_year

),

final as (

    select
        pivoted.province_id,
        provinces.province_slug,
        provinces.name_vi,
        pivoted.period_year,
        provinces.era_provinces as ranking_basis,
        pivoted.dti_rank,
        pivoted.dti_score,
        pivoted.stated_out_of,
        {%- for pillar in pillars %}
            pivoted.{{ pillar }}_rank,
            pivoted.{{ pillar }}_score,
        {%- endfor %}
        coalesce(periods.is_dti_edition, false) as is_dti_edition,
        coalesce(pivoted.stated_out_of <> provinces.era_provinces, false) as has_basis_mismatch,
        coalesce(pivoted.dti_rank > provinces.era_provinces, false) as is_rank_out_of_basis,
        pivoted.has_ranking_source,
        pivoted.has_any_conflict

    from pivoted
    inner join provinces
        on pivoted.province_id = provinces.province_id
    left join periods
        on pivoted.period_year = periods.period_year
    where pivoted.dti_rank is not null or pivoted.dti_score is not null

)

select * from final
