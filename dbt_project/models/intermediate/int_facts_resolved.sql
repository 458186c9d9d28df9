{#-
    Resolve each fact's province slug to a province entity of the right era.

    The era a fact belongs to: a rank out of 34 or 63 says its basis; otherwise years up to 2023
    are in the 63-province era, years from 2026 in the 34-province era, and a 2024 or 2025 value
    is in the 34-province era when it was published (or, without a date, loaded) on or after the
    merger date 2025-07-01 (DTI 2024 was published on 2025-10-21 for the 34 merged provinces),
    else in the 63-province era. When the slug has no province in that era (e.g.
    "hue" for 2023), the other era's entity is used and flagged province_resolution = 'other_era';
    an unknown slug keeps province_id null with province_resolution = 'unresolved'.
-#}
with

facts as (

    select * from {{ ref('stg_raw__facts') }}

),

provinces as (

    select * from {{ ref('provinces') }}

),

facts_with_era as (

    select
        facts.*,
        case
            when facts.unit = 'rank' and facts.out_of = 34 then '34'
            when facts.unit = 'rank' and facts.out_of = 63 then '63'
            when facts.period_year <= 2023 then '63'
            when facts.period_year >= 2026 then '34'
            when
                coalesce(facts.published_at, cast(facts.loaded_at as date))
                >= cast('{{ var("merger_date", "2025-07-01") }}' as date)
                then '34'
            else '63'
        end as period_era

    from facts

),

resolved as (

    select
        facts_with_era.*,
        coalesce(same_era.province_id, other_era.province_id) as province_id,
        coalesce(same_era.era, other_era.era) as province_era,
        case
            when same_era.province_id is not null then 'period_era'
            when other_era.province_id is not null then 'other_era'
            else 'unresolved'
        end as province_resolution

    from facts_with_era
    left join provinces as same_era
        on
            facts_with_era.province_slug = same_era.slug
            and facts_with_era.period_era = same_era.era
    left join provinces as other_era
        on
            facts_with_era.province_slug = other_era.slug
            and facts_with_era.period_era <> other_era.era

),

final as (

    select
        fact_id,
        batch_id,
        document_id,
        source_id,
        source_kind,
        document_url,
        province_slug,
        province_id,
        province_era,
        period_era,
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
        published_at,
        loaded_at

    from resolved

)

select * from final
