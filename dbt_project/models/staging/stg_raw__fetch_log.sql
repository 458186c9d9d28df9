with

source as (

    select * from {{ source('raw', 'fetch_log') }}

),

renamed as (

    select
        batch_id,
        source_id,
        url as requested_url,
        final_url,
        attempt,
        requested_at,
        status as http_status,
        error_class,
        error_message,
        bytes as response_bytes,
        elapsed_ms,
        content_sha256

    from source

)

select * from renamed
