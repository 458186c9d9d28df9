with

source as (

    select * from {{ source('quarantine', 'facts') }}

),

renamed as (

    select
        fact_id,
        batch_id,
        doc_id as document_id,
        source_id,
        source_kind,
        province_slug,
        indicator_code,
        period_year,
        value,
        unit,
        evidence,
        extractor_version,
        failed_expectations,
        reason as quarantine_reason,
        quarantined_at

    from source

)

select * from renamed
