-- Ranks, rates and scores must never be summed onto 2025 successors.
with

rollup as (

    select * from {{ ref('rpt_province_rollup_2025') }}

),

indicators as (

    select * from {{ ref('dim_indicator') }}

)

select
    rollup.successor_province_id,
    rollup.indicator_code,
    rollup.period_year

from rollup
inner join indicators
    on rollup.indicator_code = indicators.indicator_code
where not indicators.is_additive or indicators.unit <> 'count'
