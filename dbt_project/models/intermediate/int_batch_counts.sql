{#-
    Per batch: what batch_quality shows, plus what it takes to keep it incrementally (the newest
    timestamp of each source table and the number of validation runs). batch_quality copies it.

    Incremental (delete+insert on batch_id): a run recounts only the batches touched since the
    newest timestamps already here (minus observation_lookback_hours): fetch attempts requested,
    documents parsed, facts loaded, facts quarantined, validations run. Touched batches are found
    through the raw tables' timestamp indexes and recounted through their batch_id indexes.
    Writers stamp every row they insert or update (parsed_at, loaded_at, quarantined_at, run_at:
    now(); requested_at: the request), so a row entering a batch touches it. A row leaving a batch
    (a re-parsed document moved to a new batch, facts replaced or deleted) does not touch the batch
    it left: that batch's counts would stay too high. So before recounting, each table's total is
    checked: the untouched batches' counts here plus the rows now in the touched batches must equal
    the table's row count; if any differs, every batch is recounted (what a full refresh does).
    Batches with no row left anywhere are deleted by the post-hook (only when a total differs).
-#}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='batch_id',
        on_schema_change='append_new_columns',
        post_hook=[
            "delete from {{ this }} as counts
            where
                (
                    (select coalesce(sum(n_fetch_attempts), 0) from {{ this }})
                    <> (select count(*) from {{ ref('stg_raw__fetch_log') }})
                    or (select coalesce(sum(n_documents), 0) from {{ this }})
                    <> (select count(*) from {{ ref('stg_raw__documents') }})
                    or (select coalesce(sum(n_facts_valid), 0) from {{ this }})
                    <> (select count(*) from {{ ref('stg_raw__facts') }})
                    or (select coalesce(sum(n_facts_quarantined), 0) from {{ this }})
                    <> (select count(*) from {{ ref('stg_quarantine__facts') }})
                    or (select coalesce(sum(n_validation_runs), 0) from {{ this }})
                    <> (select count(*) from {{ ref('stg_audit__validation_runs') }})
                )
                and not exists (
                    select from {{ ref('stg_raw__fetch_log') }} as t where t.batch_id = counts.batch_id
                )
                and not exists (
                    select from {{ ref('stg_raw__documents') }} as t where t.batch_id = counts.batch_id
                )
                and not exists (
                    select from {{ ref('stg_raw__facts') }} as t where t.batch_id = counts.batch_id
                )
                and not exists (
                    select from {{ ref('stg_quarantine__facts') }} as t where t.batch_id = counts.batch_id
                )
                and not exists (
                    select from {{ ref('stg_audit__validation_runs') }} as t where t.batch_id = counts.batch_id
                )"
        ],
    )
}}

{#- The five tables counted per batch: the CTE below, its count column here, its row timestamp.
    `touched`, `is_consistent` and the full recount are generated from this one list. -#}
{%- set counted_tables = [
    {"cte": "fetch_log", "count": "n_fetch_attempts", "stamp": "requested_at"},
    {"cte": "documents", "count": "n_documents", "stamp": "parsed_at"},
    {"cte": "facts", "count": "n_facts_valid", "stamp": "loaded_at"},
    {"cte": "quarantined", "count": "n_facts_quarantined", "stamp": "quarantined_at"},
    {"cte": "validation_runs", "count": "n_validation_runs", "stamp": "run_at"},
] %}

with

-- not materialized: each is read through an index below (a CTE used twice would be scanned whole)
fetch_log as not materialized (

    select * from {{ ref('stg_raw__fetch_log') }}

),

documents as not materialized (

    select * from {{ ref('stg_raw__documents') }}

),

facts as not materialized (

    select * from {{ ref('stg_raw__facts') }}

),

quarantined as not materialized (

    select * from {{ ref('stg_quarantine__facts') }}

),

validation_runs as not materialized (

    select * from {{ ref('stg_audit__validation_runs') }}

),

{% if is_incremental() %}

    -- the newest timestamp of each table already counted here, minus the lookback
    {%- set lookback = "interval '" ~ var("observation_lookback_hours") ~ " hours'" %}
    counted_until as materialized (

        select
            coalesce(max(last_requested_at), '-infinity') - {{ lookback }} as requested_at,
            coalesce(max(last_parsed_at), '-infinity') - {{ lookback }} as parsed_at,
            coalesce(max(last_loaded_at), '-infinity') - {{ lookback }} as loaded_at,
            coalesce(max(last_quarantined_at), '-infinity') - {{ lookback }} as quarantined_at,
            coalesce(max(last_validated_at), '-infinity') - {{ lookback }} as run_at

        from {{ this }}

    ),

    touched as materialized (

        {% for t in counted_tables %}
            select {{ t.cte }}.batch_id from {{ t.cte }}
            where {{ t.cte }}.{{ t.stamp }} > (select counted_until.{{ t.stamp }} from counted_until)
            {% if not loop.last %}union{% endif %}
        {% endfor %}

    ),

    -- an anti-join (hashed), not `<> all(array)`, which compares every row with every touched batch
    untouched as (

        select * from {{ this }} as counted
        where
            not exists (select from touched where touched.batch_id = counted.batch_id)

    ),

    -- per table: do the untouched batches' counts plus the touched batches' rows add up to the table?
    is_consistent as materialized (

        select
            {% for t in counted_tables %}
                (select coalesce(sum(untouched.{{ t.count }}), 0) from untouched)
                + (
                    select count(*) from {{ t.cte }}
                    where {{ t.cte }}.batch_id = any(array(select touched.batch_id from touched))
                )
                = (select count(*) from {{ t.cte }})
                {% if not loop.last %}and{% endif %}
            {% endfor %}
            as is_consistent

    ),

    -- the touched batches; every batch when a table's rows left an untouched batch (the second
    -- branch only runs then: its condition is evaluated once, before any row is read)
    batches_to_count as materialized (

        select touched.batch_id from touched
        union
        select all_batches.batch_id
        from (
            {% for t in counted_tables %}
                select {{ t.cte }}.batch_id from {{ t.cte }}
                {% if not loop.last %}union{% endif %}
            {% endfor %}
        ) as all_batches
        where not (select is_consistent.is_consistent from is_consistent)

    ),

{% endif %}

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
    {% if is_incremental() %}
        where batch_id = any(array(select batches_to_count.batch_id from batches_to_count))
    {% endif %}
    group by batch_id

),

parsed as (

    select
        batch_id,
        min(source_id) as source_id,
        count(*) as n_documents,
        max(parsed_at) as last_parsed_at

    from documents
    {% if is_incremental() %}
        where batch_id = any(array(select batches_to_count.batch_id from batches_to_count))
    {% endif %}
    group by batch_id

),

valid_facts as (

    select
        batch_id,
        min(source_id) as source_id,
        count(*) as n_facts_valid,
        max(loaded_at) as last_loaded_at

    from facts
    {% if is_incremental() %}
        where batch_id = any(array(select batches_to_count.batch_id from batches_to_count))
    {% endif %}
    group by batch_id

),

bad_facts as (

    select
        batch_id,
        min(source_id) as source_id,
        count(*) as n_facts_quarantined,
        max(quarantined_at) as last_quarantined_at

    from quarantined
    {% if is_incremental() %}
        where batch_id = any(array(select batches_to_count.batch_id from batches_to_count))
    {% endif %}
    group by batch_id

),

validations as (

    select
        batch_id,
        count(*) as n_validation_runs,
        bool_and(is_success) as is_validation_success,
        bool_or(has_drift) as has_drift,
        max(run_at) as last_validated_at

    from validation_runs
    {% if is_incremental() %}
        where batch_id = any(array(select batches_to_count.batch_id from batches_to_count))
    {% endif %}
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
        coalesce(validations.n_validation_runs, 0) as n_validation_runs,
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
        validations.last_validated_at,
        parsed.last_parsed_at,
        valid_facts.last_loaded_at,
        bad_facts.last_quarantined_at

    from batches
    left join fetches on batches.batch_id = fetches.batch_id
    left join parsed on batches.batch_id = parsed.batch_id
    left join valid_facts on batches.batch_id = valid_facts.batch_id
    left join bad_facts on batches.batch_id = bad_facts.batch_id
    left join validations on batches.batch_id = validations.batch_id

)

select * from final
