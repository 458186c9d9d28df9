with

source as (

    select * from {{ source('raw', 'facts') }}

),

renamed as (

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

    from source

)

select * from renamed
