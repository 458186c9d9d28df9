-- rpt_value_provenance: every consolidated value has exactly one selected observation, whose value
-- is the consolidated one, and as many rows as observations; a value with a conflicting
-- observation is flagged has_conflict. Returns the failing values with the problem.
-- An incremental `dbt build` checks the values its latest run of fct_indicator_value wrote (the
-- provenance of exactly those is rewritten in the same build); otherwise every value
-- (macros/tests/get_where_subquery.sql).
with

provenance as (

    select * from {{ ref('rpt_value_provenance') }} as provenance
    where {{ values_of_latest_run(ref('rpt_value_provenance'), 'provenance') }}

),

indicator_values as (

    select * from {{ ref('fct_indicator_value') }} as indicator_values
    where {{ rows_of_latest_run(ref('fct_indicator_value'), 'indicator_values') }}

),

per_value as (

    select
        indicator_value_id,
        count(*) filter (where is_selected) as n_selected,
        bool_or(is_selected and value <> consolidated_value) as is_selected_different,
        bool_or(observation_role = 'conflicting') as has_conflicting,
        bool_and(has_conflict) as is_flagged,
        count(*) as n_rows,
        max(n_observations) as n_observations

    from provenance
    group by indicator_value_id

),

problems as (

    select
        indicator_values.indicator_value_id,
        case
            when per_value.indicator_value_id is null then 'no provenance rows'
            when per_value.n_selected <> 1 then 'not exactly one selected observation'
            when per_value.is_selected_different then 'selected value differs from the consolidated one'
            when per_value.has_conflicting and not per_value.is_flagged then 'conflict not flagged'
            when per_value.n_rows <> per_value.n_observations then 'rows differ from n_observations'
        end as problem

    from indicator_values
    left join per_value
        on indicator_values.indicator_value_id = per_value.indicator_value_id

)

select
    indicator_value_id,
    problem

from problems
where problem is not null
