with

source as (

    select * from {{ source('raw', 'pages') }}

),

renamed as (

    select
        content_sha256,
        first_url,
        last_url,
        content_type,
        charset,
        bytes,
        storage_ref,
        warc_filename,
        warc_record_offset,
        warc_record_length,
        first_seen_at,
        last_seen_at

    from source

)

select * from renamed
