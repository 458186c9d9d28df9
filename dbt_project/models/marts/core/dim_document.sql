with

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

final as (

    select
        document_id,
        document_url,
        title,
        published_at,
        published_basis,
        source_id,
        source_kind,
        province_slug,
        content_sha256,
        body_chars,
        parser_version,
        batch_id,
        parsed_at

    from documents

)

select * from final
