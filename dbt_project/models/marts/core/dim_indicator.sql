with

indicators as (

    select * from {{ ref('indicators') }}

),

additivity as (

    select * from {{ ref('indicator_additivity') }}

),

final as (

    select
        indicators.code as indicator_code,
        indicators.pillar,
        indicators.unit,
        indicators.valid_min,
        indicators.valid_max,
        indicators.higher_is_better,
        indicators.name_vi,
        indicators.name_en,
        indicators.unit = 'rank' as is_rank,
        -- counts add up across provinces unless the additivity seed says otherwise;
        -- ranks, rates, scores never do
        coalesce(additivity.is_additive, true) and indicators.unit = 'count' as is_additive

    from indicators
    left join additivity
        on indicators.code = additivity.indicator_code

)

select * from final
