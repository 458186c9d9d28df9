with

source as (

    select * from {{ source('raw', 'sources') }}

),

renamed as (

    select
        source_id,
        registry,
        publisher,
        source_kind,
        province_slug,
        base_url,
        is_checked,
        crawl_delay_s,
        loaded_at

    from source

)

select * from renamed
