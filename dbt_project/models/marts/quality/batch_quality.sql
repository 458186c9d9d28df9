{#-
    Data quality per batch (one source in one data interval): what was fetched, landed, parsed,
    validated and quarantined. For the data-quality panel of the dashboards.
    The counts are kept incrementally by int_batch_counts (a build recounts the batches it touched);
    this table copies them (one row per batch: a few thousand rows, not the raw tables).
-#}
with

counts as (

    select * from {{ ref('int_batch_counts') }}

),

final as (

    select
        batch_id,
        source_id,
        n_fetch_attempts,
        n_urls,
        n_fetch_errors,
        n_unchanged,
        fetched_bytes,
        n_documents,
        n_facts_valid,
        n_facts_quarantined,
        quarantine_share,
        is_validation_success,
        has_drift,
        first_requested_at,
        last_requested_at,
        last_validated_at

    from counts

)

select * from final
