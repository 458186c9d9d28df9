{#-
    Values of 63-era provinces summed onto their 2025 (34-era) successors, for additive counts
    only (dim_indicator.is_additive): never ranks, rates or scores. is_complete tells whether
    every predecessor reported a value for that year.
-#}
with

indicator_values as (

    select * from {{ ref('fct_indicator_value') }}

),

provinces as (

    select * from {{ ref('dim_province') }}

),

indicators as (

    select * from {{ ref('dim_indicator') }}

),

additive_values as (

    select
        provinces.successor_province_id,
        indicator_values.province_id,
        indicator_values.indicator_code,
        indicator_values.period_year,
        indicator_values.value,
        indicator_values.unit,
        indicator_values.has_conflict

    from indicator_values
    inner join provinces
        on indicator_values.province_id = provinces.province_id
    inner join indicators
        on indicator_values.indicator_code = indicators.indicator_code
    where
        provinces.successor_province_id is not null
        and indicators.is_additive

),

rolled_up as (

    select
        successor_province_id,
        indicator_code,
        period_year,
        min(unit) as unit,
        sum(value) as value_sum,
        count(*) as n_predecessors_reported,
        string_agg(province_id, ',' order by province_id) as predecessor_province_ids,  -- noqa: LT14
        bool_or(has_conflict) as has_any_conflict

    from additive_values
    group by successor_province_id, indicator_code, period_year

),

final as (

    select
        rolled_up.successor_province_id,
        successors.province_slug as successor_province_slug,
        successors.name_vi as successor_name_vi,
        rolled_up.indicator_code,
        rolled_up.period_year,
        rolled_up.value_sum,
        rolled_up.unit,
        rolled_up.n_predecessors_reported,
        successors.n_predecessors,
        rolled_up.n_predecessors_reported = successors.n_predecessors as is_complete,
        rolled_up.predecessor_province_ids,
        rolled_up.has_any_conflict

    from rolled_up
    inner join provinces as successors
        on rolled_up.successor_province_id = successors.province_id

)

select * from final
