{#-
    One plain select, no CTEs (unlike the other staging views): PostgreSQL flattens a view without a
    WITH clause into the query that reads it, so raw.facts' indexes serve that query's order by,
    limit and min/max (dim_source's skip scan, dim_period's bounds); a view with CTEs stays a
    subquery, read whole.
-#}
select
    fact_id,
    batch_id,
    doc_id as document_id,
    source_id,
    source_kind,
    url as document_url,
    province_slug,
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

from {{ source('raw', 'facts') }}
