{#-
    Values within the catalog's [valid_min, valid_max] for their indicator (a null bound is open).
    Usage on a model with an indicator code column:
        - within_catalog_range:
            arguments: {indicator_column: indicator_code, catalog: ref('dim_indicator')}
-#}
{% test within_catalog_range(model, column_name, indicator_column, catalog) %}

with

checked as (

    select * from {{ model }}

),

catalog as (

    select * from {{ catalog }}

)

select
    checked.{{ indicator_column }} as indicator_code,
    checked.{{ column_name }} as value,
    catalog.valid_min,
    catalog.valid_max

from checked
inner join catalog
    on checked.{{ indicator_column }} = catalog.indicator_code
where
    checked.{{ column_name }} < catalog.valid_min
    or checked.{{ column_name }} > catalog.valid_max

{% endtest %}
