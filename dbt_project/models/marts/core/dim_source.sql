{#-
    Sources seen in the data, named from the source registry (raw.sources, landed by the
    pipeline from scrapers/sources/<registry>/*.yml): publisher and whether the entry is checked.
-#}
with recursive

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

-- not materialized: read through raw.facts' index below, never scanned whole
facts as not materialized (

    select * from {{ ref('stg_raw__facts') }}

),

registry as (

    select * from {{ ref('stg_raw__sources') }}

),

-- Each (source_id, source_kind) of the facts with its smallest URL (null only when all are null), as
-- `group by source_id, source_kind` with min(document_url) would give, but read as a skip scan of
-- raw.facts' (source_id, source_kind, url) index: one probe per pair, not every fact.
fact_source_kinds (source_id, source_kind, document_url) as (

    (
        select
            facts.source_id,
            facts.source_kind,
            facts.document_url
        from facts
        order by facts.source_id, facts.source_kind, facts.document_url
        limit 1
    )

    union all

    select
        next_pair.source_id,
        next_pair.source_kind,
        next_pair.document_url
    from fact_source_kinds as previous_pair
    cross join lateral (
        select
            facts.source_id,
            facts.source_kind,
            facts.document_url
        from facts
        where (facts.source_id, facts.source_kind) > (previous_pair.source_id, previous_pair.source_kind)
        order by facts.source_id, facts.source_kind, facts.document_url
        limit 1
    ) as next_pair

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
        document_url,
        null as province_slug
    from fact_source_kinds

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
