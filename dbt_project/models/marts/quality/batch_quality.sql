{#-
    Data quality per batch (one source in one data interval): what was fetched, landed, parsed,
    validated and quarantined. For the data-quality panel of the dashboards.
-#}
with

fetch_log as (

    select * from {{ ref('stg_raw__fetch_log') }}

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

facts as (

    select * from {{ ref('stg_raw__facts') }}

),

quarantined as (

    select * from {{ ref('stg_quarantine__facts') }}

),

validation_runs as (

    select * from {{ ref('stg_audit__validation_runs') }}

),

fetches as (

    select
        batch_id,
        min(source_id) as source_id,
        count(*) as n_fetch_attempts,
        count(distinct requested_url) as n_urls,
        -- a 304 is a page confirmed unchanged (its body is known), not an error
        count(*) filter (where error_class is not null and error_class <> 'not_modified') as n_fetch_errors,
        count(*) filter (where error_class = 'not_modified') as n_unchanged,
        sum(response_bytes) as fetched_bytes,
        min(requested_at) as first_requested_at,
        max(requested_at) as last_requested_at

    from fetch_log
    group by batch_id

),

parsed as (

    select
        batch_id,
        min(source_id) as source_id,
        count(*) as n_documents

    from documents
    group by batch_id

),

valid_facts as (

    select
        batch_id,
        min(source_id) as source_id,
        count(*) as n_facts_valid

    from facts
    group by batch_id

),

bad_facts as (

    select
        batch_id,
        min(source_id) as source_id,
        count(*) as n_facts_quarantined

    from quarantined
    group by batch_id

),

validations as (

    select
        batch_id,
        bool_and(is_success) as is_validation_success,
        bool_or(has_drift) as has_drift,
        max(run_at) as last_validated_at

    from validation_runs
    group by batch_id

),

batches as (

    select batch_id from fetches
    union
    select batch_id from parsed
    union
    select batch_id from valid_facts
    union
    select batch_id from bad_facts
    union
    select batch_id from validations

),

final as (

    select
        batches.batch_id,
        coalesce(
            fetches.source_id, parsed.source_id, valid_facts.source_id, bad_facts.source_id,
            split_part(batches.batch_id, '/', 1)
        ) as source_id,
        coalesce(fetches.n_fetch_attempts, 0) as n_fetch_attempts,
        coalesce(fetches.n_urls, 0) as n_urls,
        coalesce(fetches.n_fetch_errors, 0) as n_fetch_errors,
        coalesce(fetches.n_unchanged, 0) as n_unchanged,
        coalesce(fetches.fetched_bytes, 0) as fetched_bytes,
        coalesce(parsed.n_documents, 0) as n_documents,
        coalesce(valid_facts.n_facts_valid, 0) as n_facts_valid,
        coalesce(bad_facts.n_facts_quarantined, 0) as n_facts_quarantined,
        case
            when coalesce(valid_facts.n_facts_valid, 0) + coalesce(bad_facts.n_facts_quarantined, 0) > 0
                then
                    cast(coalesce(bad_facts.n_facts_quarantined, 0) as double precision)
                    / (coalesce(valid_facts.n_facts_valid, 0) + coalesce(bad_facts.n_facts_quarantined, 0))
        end as quarantine_share,
        validations.is_validation_success,
        coalesce(validations.has_drift, false) as has_drift,
        fetches.first_requested_at,
        fetches.last_requested_at,
        validations.last_validated_at

    from batches
    left join fetches on batches.batch_id = fetches.batch_id
    left join parsed on batches.batch_id = parsed.batch_id
    left join valid_facts on batches.batch_id = valid_facts.batch_id
    left join bad_facts on batches.batch_id = bad_facts.batch_id
    left join validations on batches.batch_id = validations.batch_id

)

select * from final
