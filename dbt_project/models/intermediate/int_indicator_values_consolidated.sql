{#-
    The consolidation rule: one value per province entity x indicator x year, chosen among the
    observations (fct_indicator_observation: the resolved facts) with a province entity.

    Rule, in order (the first rule that separates the candidates decides):
      1. official ranking pages (source_kind = 'ranking') win over portals and news;
      2. then the most recent publication (published_at, unknown dates last);
      3. then agreement: the value reported by the most observations, then by the most sources;
      4. then a deterministic tie-break: the most recently loaded fact, then the smallest fact_id.
    selection_rule names the rule that decided between the winner and the best candidate with a
    different value ('unanimous' when every observation agrees). Values are compared rounded to
    6 decimals. Window functions only (no self-joins): linear in the observations after sorting.

    A view: fct_indicator_value (incremental) selects only the keys whose observations changed.
    Every window and the final group by are partitioned by the key (province_id, indicator_code,
    period_year), so PostgreSQL pushes a filter on those columns down to the facts before any
    sort: the rule then costs what the changed keys cost, not the whole table. It reads the
    observation mart, not int_facts_resolved: there the key is stored and indexed
    (province_id, indicator_code, period_year, loaded_at), so the changed keys' observations are
    found by an index scan; over int_facts_resolved province_id is computed by a join, and every
    build (a no-op one too) read the whole of raw.facts to find them.
-#}
with

observations as (

    select
        fact_id,
        document_id,
        source_id,
        source_kind,
        province_id,
        era_provinces,
        province_slug,
        indicator_code,
        period_year,
        value,
        unit,
        out_of,
        qualifier,
        published_at,
        loaded_at

    from {{ ref('fct_indicator_observation') }}
    where province_id is not null

),

keyed as (

    select
        *,
        round(cast(value as numeric), 6) as value_key,
        case when source_kind = 'ranking' then 1 else 2 end as source_priority

    from observations

),

-- window functions only (no self-joins): one sort per partitioning, linear in the facts
support as (

    select
        *,
        count(*) over same_value as n_agreeing,
        dense_rank() over (
            partition by province_id, indicator_code, period_year, value_key
            order by source_id
        ) as source_rank_in_value,
        dense_rank() over (
            partition by province_id, indicator_code, period_year
            order by source_id
        ) as source_rank_in_key,
        dense_rank() over (
            partition by province_id, indicator_code, period_year
            order by document_id
        ) as document_rank_in_key,
        dense_rank() over (
            partition by province_id, indicator_code, period_year
            order by value_key
        ) as value_rank_in_key

    from keyed
    window same_value as (partition by province_id, indicator_code, period_year, value_key)

),

candidates as (

    select
        *,
        max(source_rank_in_value) over (
            partition by province_id, indicator_code, period_year, value_key
        ) as n_agreeing_sources

    from support

),

ranked as (

    select
        *,
        row_number() over (
            partition by province_id, indicator_code, period_year
            order by
                source_priority asc,
                published_at desc nulls last,
                n_agreeing desc,
                n_agreeing_sources desc,
                loaded_at desc,
                fact_id asc
        ) as candidate_rank

    from candidates

),

flagged as (

    select
        *,
        first_value(value_key) over by_rank as winner_value_key

    from ranked
    window by_rank as (
        partition by province_id, indicator_code, period_year
        order by candidate_rank
    )

),

rival_ranked as (

    select
        *,
        value_key <> winner_value_key as is_rival,
        row_number() over (
            partition by province_id, indicator_code, period_year, value_key = winner_value_key
            order by candidate_rank
        ) as rank_in_side

    from flagged

),

per_key as (

    select
        province_id,
        indicator_code,
        period_year,
        min(province_slug) as province_slug,
        min(era_provinces) as era_provinces,
        -- the winner: candidate_rank = 1
        max(value) filter (where candidate_rank = 1) as value,  -- noqa: RF04
        max(unit) filter (where candidate_rank = 1) as unit,
        max(out_of) filter (where candidate_rank = 1) as out_of,
        max(qualifier) filter (where candidate_rank = 1) as qualifier,
        max(fact_id) filter (where candidate_rank = 1) as selected_fact_id,
        max(document_id) filter (where candidate_rank = 1) as selected_document_id,
        max(source_id) filter (where candidate_rank = 1) as selected_source_id,
        max(source_kind) filter (where candidate_rank = 1) as selected_source_kind,
        max(published_at) filter (where candidate_rank = 1) as selected_published_at,
        max(source_priority) filter (where candidate_rank = 1) as winner_priority,
        max(n_agreeing) filter (where candidate_rank = 1) as winner_agreeing,
        max(n_agreeing_sources) filter (where candidate_rank = 1) as winner_agreeing_sources,
        -- the rival: the best candidate with another value
        bool_or(is_rival) as has_rival,
        max(source_priority) filter (where is_rival and rank_in_side = 1) as rival_priority,
        max(published_at) filter (where is_rival and rank_in_side = 1) as rival_published_at,
        max(n_agreeing) filter (where is_rival and rank_in_side = 1) as rival_agreeing,
        max(n_agreeing_sources) filter (where is_rival and rank_in_side = 1) as rival_agreeing_sources,
        -- the key's statistics
        count(*) as n_observations,
        max(source_rank_in_key) as n_sources,
        max(document_rank_in_key) as n_documents,
        max(value_rank_in_key) as n_distinct_values,
        min(value) as min_value,
        max(value) as max_value,
        min(published_at) as first_published_at,
        max(published_at) as last_published_at,
        min(loaded_at) as first_loaded_at,
        max(loaded_at) as last_loaded_at

    from rival_ranked
    group by province_id, indicator_code, period_year

),

final as (

    select
        province_id,
        province_slug,
        era_provinces,
        indicator_code,
        period_year,
        value,
        unit,
        out_of,
        qualifier,
        selected_fact_id,
        selected_document_id,
        selected_source_id,
        selected_source_kind,
        selected_published_at,
        n_observations,
        n_sources,
        n_documents,
        n_distinct_values,
        min_value,
        max_value,
        first_published_at,
        last_published_at,
        first_loaded_at,
        last_loaded_at,
        case
            when n_observations = 1 then 'single_observation'
            when not has_rival then 'unanimous'
            when winner_priority < rival_priority then 'ranking_source'
            when
                selected_published_at is not null
                and (rival_published_at is null or selected_published_at > rival_published_at)
                then 'most_recent'
            when
                winner_agreeing > rival_agreeing
                or winner_agreeing_sources > rival_agreeing_sources
                then 'agreement'
            else 'tie_break'
        end as selection_rule,
        n_distinct_values > 1 as has_conflict

    from per_key

)

select * from final
