{#-
    The DTI by province for a map, one row per year x map area. The areas are the 63 provinces
    (keyed by their ISO 3166-2 codes, what Superset's Country Map and Metabase's region maps draw):
    a year on the 63-province basis colours each province with its own value; a year on the
    34-province basis (dim_period.dti_province_basis: DTI 2024 onwards) colours every one of the 63
    old areas with the value of the 2025 province it became part of, so a merged province shows as
    one colour over its members' areas (the 2025 merger joined whole provinces). Values of the
    other basis in a year (rare: a transitional 2024/2025 figure) are left to rpt_dti_ranking.
-#}
with

rankings as (

    select * from {{ ref('rpt_dti_ranking') }}

),

provinces as (

    select * from {{ ref('dim_province') }}

),

periods as (

    select * from {{ ref('dim_period') }}

),

areas as (

    select * from provinces
    where era_provinces = 63

),

on_basis as (

    select rankings.*
    from rankings
    inner join periods
        on rankings.period_year = periods.period_year
    where rankings.ranking_basis = periods.dti_province_basis

),

own_area as (

    select
        on_basis.*,
        on_basis.province_id as area_province_id,
        'own' as area_basis

    from on_basis
    where on_basis.ranking_basis = 63

),

successor_areas as (

    select
        on_basis.*,
        areas.province_id as area_province_id,
        'successor' as area_basis

    from on_basis
    inner join areas
        on on_basis.province_id = areas.successor_province_id
    where on_basis.ranking_basis = 34

),

mapped as (

    select * from own_area
    union all
    select * from successor_areas

),

final as (

    select
        mapped.period_year,
        areas.iso_3166_2,
        mapped.area_province_id,
        areas.name_vi as area_name_vi,
        mapped.province_id,
        mapped.province_slug,
        mapped.name_vi,
        mapped.ranking_basis,
        mapped.area_basis,
        mapped.dti_score,
        mapped.dti_rank,
        mapped.name_vi
        || coalesce(': hạng ' || mapped.dti_rank || '/' || mapped.ranking_basis, '')
        || coalesce(', điểm ' || round(cast(mapped.dti_score as numeric), 4), '') as map_label

    from mapped
    inner join areas
        on mapped.area_province_id = areas.province_id

)

select * from final
