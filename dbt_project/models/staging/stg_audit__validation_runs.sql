with

source as (

    select * from {{ source('audit', 'validation_runs') }}

),

renamed as (

    select
        batch_id,
        suite,
        run_at,
        success as is_success,
        evaluated as n_evaluated,
        failed as n_failed,
        failing_share,
        max_failing_share,
        drift_detected as has_drift,
        gx_version

    from source

)

select * from renamed
