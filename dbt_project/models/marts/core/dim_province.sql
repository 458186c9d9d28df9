with

provinces as (

    select * from {{ ref('provinces') }}

),

lineage as (

    select * from {{ ref('province_lineage') }}

),

predecessors as (

    select
        new_province_id,
        count(*) as n_predecessors

    from lineage
    group by new_province_id

),

final as (

    select
        provinces.province_id,
        provinces.slug as province_slug,
        cast(provinces.era as integer) as era_provinces,
        provinces.gso_code,
        provinces.name_vi,
        provinces.name_ascii,
        provinces.kind,
        provinces.region,
        provinces.valid_from,
        provinces.valid_to,
        lineage.new_province_id as successor_province_id,
        coalesce(lineage.is_code_holder, false) as is_code_holder,
        coalesce(predecessors.n_predecessors, 0) as n_predecessors,
        provinces.valid_to is null as is_current,
        provinces.iso_3166_2,
        provinces.iso_3166_2_basis

    from provinces
    left join lineage
        on provinces.province_id = lineage.old_province_id
    left join predecessors
        on provinces.province_id = predecessors.new_province_id

)

select * from final
