{#- Models land in schemas named exactly as configured (staging, intermediate, marts, reference),
    not dbt's default "<target_schema>_<custom>". Without a custom schema: the target schema. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
