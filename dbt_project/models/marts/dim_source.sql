{#-
    Sources seen in the data. The publisher lives in the source registry
    (scrapers/sources/*/*.yml), which is not landed in the warehouse yet: publisher stays null
    until it is (see the column description).
-#}
with

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

facts as (

    select * from {{ ref('stg_raw__facts') }}

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

final as (

    select
        source_id,
        mode() within group (order by source_kind) as source_kind,  -- noqa: LT14
        mode() within group (
            order by substring(document_url from '^[a-z]+://([^/:]+)')
        ) as source_domain,
        max(province_slug) as province_slug,
        cast(null as text) as publisher,
        count(distinct source_kind) > 1 as has_mixed_kinds

    from seen
    group by source_id

)

select * from final
