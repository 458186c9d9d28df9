{#-
    One row per document. Incremental, as fct_indicator_observation: each run re-reads the documents
    parsed since the newest parsed_at already here (minus observation_lookback_hours: a writer's
    transaction can commit after a later one) through raw.documents' parsed_at index and replaces
    them by document_id (delete+insert); a re-parse sets parsed_at = now(), so a changed document
    is re-read. Documents no longer in raw.documents are deleted by the post-hook, whose anti-join
    only runs when the two row counts differ (after the insert this table holds every document).
-#}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='document_id',
        on_schema_change='append_new_columns',
        indexes=[{'columns': ['parsed_at']}],
        post_hook=[
            "delete from {{ this }} as doc
            where
                (select count(*) from {{ this }})
                <> (select count(*) from {{ ref('stg_raw__documents') }})
                and not exists (
                    select from {{ ref('stg_raw__documents') }} as documents
                    where documents.document_id = doc.document_id
                )"
        ],
    )
}}

with

documents as (

    select * from {{ ref('stg_raw__documents') }}
    {% if is_incremental() %}
        where
            parsed_at > (
                select
                    coalesce(max(this.parsed_at), '-infinity')
                    - interval '{{ var("observation_lookback_hours") }} hours'
                from {{ this }} as this
            )
    {% endif %}

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
