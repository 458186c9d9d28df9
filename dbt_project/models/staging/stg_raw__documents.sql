with

source as (

    select * from {{ source('raw', 'documents') }}

),

renamed as (

    select
        doc_id as document_id,
        url as document_url,
        source_id,
        source_kind,
        content_sha256,
        title,
        published_at,
        published_basis,
        province_slug,
        parser_version,
        batch_id,
        parsed_at,
        length(body_text) as body_chars

    from source

)

select * from renamed
