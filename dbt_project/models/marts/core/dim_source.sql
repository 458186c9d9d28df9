{#-
    Sources seen in the data, named from the source registry (raw.sources, landed by the
    pipeline from scrapers/sources/<registry>/*.yml): publisher and whether the entry is checked.
-#}
with

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

facts as (

    select * from {{ ref('stg_raw__facts') }}

),

registry as (

    select * from {{ ref('stg_raw__sources') }}

),

seen as (

    select
        source_id,
        source_kind,
        document_url,
        province_slug
    from documents

    union all

    select
        source_id,
        source_kind,
        min(document_url) as document_url,
        null as province_slug
    from facts
    group by source_id, source_kind

),

seen_sources as (

    select
        source_id,
        mode() within group (order by source_kind) as source_kind,  -- noqa: LT14
        mode() within group (
            order by substring(document_url from '^[a-z]+://([^/:]+)')
        ) as source_domain,
        max(province_slug) as province_slug,
        count(distinct source_kind) > 1 as has_mixed_kinds

    from seen
    group by source_id

),

final as (

    select
        seen_sources.source_id,
        seen_sources.source_kind,
        seen_sources.source_domain,
        coalesce(seen_sources.province_slug, registry.province_slug) as province_slug,
        registry.publisher,
        coalesce(registry.is_checked, false) as is_checked,
        seen_sources.has_mixed_kinds

    from seen_sources
    left join registry on seen_sources.source_id = registry.source_id

)

select * from final
