{#- Province entity x year, the main indicators as columns (consolidated values). -#}
{%- set scorecard_indicators = [
    'dti_score',
    'dti_rank',
    'dti_digital_government_score',
    'dti_digital_government_rank',
    'dti_digital_economy_score',
    'dti_digital_economy_rank',
    'dti_digital_society_score',
    'dti_digital_society_rank',
    'online_public_service_rate',
    'online_public_service_full_rate',
    'online_dossier_rate',
    'online_payment_rate',
    'digital_economy_grdp_share',
    'internet_user_rate',
    'fixed_broadband_household_rate',
    'smartphone_user_rate',
    'eid_account_rate',
    'cashless_social_welfare_rate',
] -%}
with

indicator_values as (

    select * from {{ ref('fct_indicator_value') }}

),

provinces as (

    select * from {{ ref('dim_province') }}

),

pivoted as (

    select
        province_id,
        period_year,
        {%- for indicator in scorecard_indicators %}
            max(value) filter (where indicator_code = '{{ indicator }}') as {{ indicator }},
        {%- endfor %}
        count(*) as n_indicators_reported,
        bool_or(has_conflict) as has_any_conflict

    from indicator_values
    group by province_id, period_year

),

final as (

    select
        pivoted.province_id,
        provinces.province_slug,
        provinces.name_vi,
        provinces.era_provinces,
        provinces.region,
        pivoted.period_year,
        {%- for indicator in scorecard_indicators %}
            pivoted.{{ indicator }},
        {%- endfor %}
        pivoted.n_indicators_reported,
        pivoted.has_any_conflict

    from pivoted
    inner join provinces
        on pivoted.province_id = provinces.province_id

)

select * from final
