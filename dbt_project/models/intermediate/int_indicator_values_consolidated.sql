{#-
    One value per province entity x indicator x year, from all its observations.

    Rule, in order (the first rule that separates the candidates decides):
      1. official ranking pages (source_kind = 'ranking') win over portals and news;
      2. then the most recent publication (published_at, unknown dates last);
      3. then agreement: the value reported by the most observations, then by the most sources;
      4. then a deterministic tie-break: the most recently loaded fact, then the smallest fact_id.
    selection_rule names the rule that decided between the winner and the best candidate with a
    different value ('unanimous' when every observation agrees). Values are compared rounded to
    6 decimals.
-#}
with

observations as (

    select * from {{ ref('int_facts_resolved') }}
    where province_id is not null

),

keyed as (

    select
        observations.*,
        round(cast(observations.value as numeric), 6) as value_key,
        case when observations.source_kind = 'ranking' then 1 else 2 end as source_priority

    from observations

),

value_support as (

    select
        province_id,
        indicator_code,
        period_year,
        value_key,
        count(*) as n_agreeing,
        count(distinct source_id) as n_agreeing_sources

    from keyed
    group by province_id, indicator_code, period_year, value_key

),

candidates as (

    select
        keyed.*,
        value_support.n_agreeing,
        value_support.n_agreeing_sources,
        row_number() over (
            partition by keyed.province_id, keyed.indicator_code, keyed.period_year
            order by
                keyed.source_priority asc,
                keyed.published_at desc nulls last,
                value_support.n_agreeing desc,
                value_support.n_agreeing_sources desc,
                keyed.loaded_at desc,
                keyed.fact_id asc
        ) as candidate_rank

    from keyed
    inner join value_support
        on
            keyed.province_id = value_support.province_id
            and keyed.indicator_code = value_support.indicator_code
            and keyed.period_year = value_support.period_year
            and keyed.value_key = value_support.value_key

),

winners as (

    select * from candidates
    where candidate_rank = 1

),

rivals as (

    select distinct on (candidates.province_id, candidates.indicator_code, candidates.period_year)
        candidates.province_id,
        candidates.indicator_code,
        candidates.period_year,
        candidates.source_priority,
        candidates.published_at,
        candidates.n_agreeing,
        candidates.n_agreeing_sources

    from candidates
    inner join winners
        on
            candidates.province_id = winners.province_id
            and candidates.indicator_code = winners.indicator_code
            and candidates.period_year = winners.period_year
    where candidates.value_key <> winners.value_key
    order by
        candidates.province_id,
        candidates.indicator_code,
        candidates.period_year,
        candidates.candidate_rank

),

key_stats as (

    select
        province_id,
        indicator_code,
        period_year,
        count(*) as n_observations,
        count(distinct source_id) as n_sources,
        count(distinct document_id) as n_documents,
        count(distinct value_key) as n_distinct_values,
        min(value) as min_value,
        max(value) as max_value,
        min(published_at) as first_published_at,
        max(published_at) as last_published_at,
        min(loaded_at) as first_loaded_at,
        max(loaded_at) as last_loaded_at

    from keyed
    group by province_id, indicator_code, period_year

),

final as (

    select
        winners.province_id,
        winners.province_slug,
        winners.province_era,
        winners.indicator_code,
        winners.period_year,
        winners.value,
        winners.unit,
        winners.out_of,
        winners.qualifier,
        winners.fact_id as selected_fact_id,
        winners.document_id as selected_document_id,
        winners.source_id as selected_source_id,
        winners.source_kind as selected_source_kind,
        winners.published_at as selected_published_at,
        key_stats.n_observations,
        key_stats.n_sources,
        key_stats.n_documents,
        key_stats.n_distinct_values,
        key_stats.min_value,
        key_stats.max_value,
        key_stats.first_published_at,
        key_stats.last_published_at,
        key_stats.first_loaded_at,
        key_stats.last_loaded_at,
        case
            when key_stats.n_observations = 1 then 'single_observation'
            when rivals.province_id is null then 'unanimous'
            when winners.source_priority < rivals.source_priority then 'ranking_source'
            when
                winners.published_at is not null
                and (rivals.published_at is null or winners.published_at > rivals.published_at)
                then 'most_recent'
            when
                winners.n_agreeing > rivals.n_agreeing
                or winners.n_agreeing_sources > rivals.n_agreeing_sources
                then 'agreement'
            else 'tie_break'
        end as selection_rule,
        key_stats.n_distinct_values > 1 as has_conflict

    from winners
    inner join key_stats
        on
            winners.province_id = key_stats.province_id
            and winners.indicator_code = key_stats.indicator_code
            and winners.period_year = key_stats.period_year
    left join rivals
        on
            winners.province_id = rivals.province_id
            and winners.indicator_code = rivals.indicator_code
            and winners.period_year = rivals.period_year

)

select * from final
