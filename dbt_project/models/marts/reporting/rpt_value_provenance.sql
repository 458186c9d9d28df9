{#-
    Where each consolidated value comes from: one row per consolidated value x observation, the
    selected observation and every other one of its key (agreeing or conflicting), each with the
    sentence it was read from, the document (URL, title, publication date), the publisher and the
    raw capture the document was parsed from.

    Grain: fact_id (an observation belongs to exactly one key). Observations without a province
    entity (unknown slug) have no consolidated value and are not here (they stay in
    fct_indicator_observation). Values agree when equal rounded to 6 decimals, the rule of
    int_indicator_values_consolidated.

    capture_id names the raw capture: `<warc file>#<offset>` of the WARC response record that
    holds the page's bytes when the page is in the WARC archive, else `sha256:<content hash>`
    (a page landed before the archive, or a document whose page is unknown). The BI table
    "Nguồn số liệu" and `vndx explain` read this mart.

    Incremental (delete+insert on indicator_value_id): a run rewrites the rows of the values whose
    observations changed, found as fct_indicator_value does it: per value, the observation count and
    newest loaded_at recorded here (an index-only scan of this table's (indicator_value_id, loaded_at)
    index) against fct_indicator_value's n_observations and last_loaded_at. A value that lost every
    observation is deleted by the post-hook, which only looks for such rows when this table holds more
    rows than the values have observations. Document, publisher and capture columns are copied when the
    value's rows are written: a re-parsed document re-loads its facts (new loaded_at) and so rewrites
    them; a publisher renamed in the source registry or pages moved into the WARC archive afterwards
    reach the old rows with `dbt build --full-refresh --select rpt_value_provenance`.
-#}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='indicator_value_id',
        on_schema_change='append_new_columns',
        indexes=[{'columns': ['indicator_value_id', 'loaded_at']}],
        post_hook=[
            "delete from {{ this }} as provenance
            where
                (select count(*) from {{ this }})
                > (select coalesce(sum(n_observations), 0) from {{ ref('fct_indicator_value') }})
                and not exists (
                    select from {{ ref('fct_indicator_value') }} as indicator_values
                    where indicator_values.indicator_value_id = provenance.indicator_value_id
                )"
        ],
    )
}}

with

{% if is_incremental() %}

    -- per value here: the rows and the newest loaded_at (an index-only scan of this table)
    previous_values as (

        select
            indicator_value_id,
            count(*) as n_observations,
            max(loaded_at) as last_loaded_at

        from {{ this }}
        group by indicator_value_id

    ),

    changed_values as materialized (

        select current_values.indicator_value_id

        from {{ ref('fct_indicator_value') }} as current_values
        left join previous_values
            on current_values.indicator_value_id = previous_values.indicator_value_id
        where
            previous_values.indicator_value_id is null
            or current_values.n_observations <> previous_values.n_observations
            or current_values.last_loaded_at <> previous_values.last_loaded_at

    ),

    indicator_values as materialized (

        select * from {{ ref('fct_indicator_value') }}
        where indicator_value_id = any(array(select changed_values.indicator_value_id from changed_values))

    ),

    -- the changed values' observations only, by the (province_id, indicator_code, period_year, ...)
    -- index of fct_indicator_observation (array parameters, as in fct_indicator_value)
    observations as (

        select * from {{ ref('fct_indicator_observation') }}
        where
            province_id = any(array(select indicator_values.province_id from indicator_values))
            and indicator_code = any(array(select indicator_values.indicator_code from indicator_values))
            and period_year = any(array(select indicator_values.period_year from indicator_values))

    ),

{% else %}

    indicator_values as (

        select * from {{ ref('fct_indicator_value') }}

    ),

    observations as (

        select * from {{ ref('fct_indicator_observation') }}
        where province_id is not null

    ),

{% endif %}

documents as (

    select * from {{ ref('dim_document') }}

),

sources as (

    select * from {{ ref('dim_source') }}

),

provinces as (

    select * from {{ ref('dim_province') }}

),

captures as (

    select * from {{ ref('stg_raw__pages') }}

),

joined as (

    select
        indicator_values.indicator_value_id,
        indicator_values.province_id,
        indicator_values.province_slug,
        provinces.name_vi as province_name_vi,
        indicator_values.era_provinces,
        indicator_values.indicator_code,
        indicator_values.period_year,
        indicator_values.value as consolidated_value,
        indicator_values.unit as consolidated_unit,
        indicator_values.selection_rule,
        indicator_values.has_conflict,
        indicator_values.n_observations,
        observations.fact_id,
        observations.fact_id = indicator_values.selected_fact_id as is_selected,
        round(cast(observations.value as numeric), 6)
        = round(cast(indicator_values.value as numeric), 6) as agrees_with_selected,
        observations.value,
        observations.unit,
        observations.out_of,
        observations.qualifier,
        observations.evidence,
        observations.char_start,
        observations.char_end,
        observations.document_id,
        coalesce(documents.document_url, observations.document_url) as document_url,
        documents.title as document_title,
        coalesce(documents.published_at, observations.published_at) as published_at,
        documents.published_basis,
        observations.source_id,
        observations.source_kind,
        sources.publisher,
        documents.content_sha256,
        captures.warc_filename,
        captures.warc_record_offset,
        observations.loaded_at

    from indicator_values
    inner join observations
        on
            indicator_values.province_id = observations.province_id
            and indicator_values.indicator_code = observations.indicator_code
            and indicator_values.period_year = observations.period_year
    left join provinces
        on indicator_values.province_id = provinces.province_id
    left join documents
        on observations.document_id = documents.document_id
    left join sources
        on observations.source_id = sources.source_id
    left join captures
        on documents.content_sha256 = captures.content_sha256

),

final as (

    select
        fact_id,
        indicator_value_id,
        province_id,
        province_slug,
        province_name_vi,
        era_provinces,
        indicator_code,
        period_year,
        consolidated_value,
        consolidated_unit,
        selection_rule,
        has_conflict,
        n_observations,
        case
            when is_selected then 'selected'
            when agrees_with_selected then 'agreeing'
            else 'conflicting'
        end as observation_role,
        is_selected,
        value,
        unit,
        out_of,
        qualifier,
        evidence,
        char_start,
        char_end,
        document_id,
        document_url,
        document_title,
        published_at,
        published_basis,
        source_id,
        source_kind,
        publisher,
        content_sha256,
        warc_filename,
        warc_record_offset,
        case
            when warc_filename is not null then warc_filename || '#' || warc_record_offset
            when content_sha256 is not null then 'sha256:' || content_sha256
        end as capture_id,
        loaded_at

    from joined

)

select * from final
