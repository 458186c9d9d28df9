{#- Year grain. Covers 2015-2030 and every year a fact refers to. -#}
with

facts as (

    select * from {{ ref('stg_raw__facts') }}

),

editions as (

    select * from {{ ref('dti_editions') }}

),

bounds as (

    select
        least(2015, min(period_year)) as first_year,
        greatest(2030, max(period_year)) as last_year

    from facts

),

years as (

    select cast(generate_series(bounds.first_year, bounds.last_year) as integer) as period_year
    from bounds

),

final as (

    select
        years.period_year,
        make_date(years.period_year, 1, 1) as period_start,
        make_date(years.period_year, 12, 31) as period_end,
        case
            when years.period_year <= 2023 then '63'
            when years.period_year <= 2025 then 'transition'
            else '34'
        end as province_era,
        editions.edition_year is not null as is_dti_edition,
        coalesce(
            editions.province_basis,
            case when years.period_year <= 2023 then 63 else 34 end
        ) as dti_province_basis

    from years
    left join editions
        on years.period_year = editions.edition_year

)

select * from final
