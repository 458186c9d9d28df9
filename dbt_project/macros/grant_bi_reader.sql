{#-
    The read-only BI role, created idempotently at the end of every run/build:
      - role `bi_reader` (LOGIN, no other attribute); password from env VNDX_BI_PASSWORD,
        local default "bi_reader" (set a real one anywhere but a laptop);
      - CONNECT on the current database, USAGE on schema marts, SELECT on every mart table, and
        default privileges so tables dbt creates later in marts are readable too;
      - USAGE + SELECT on schema audit when it exists (the data-quality dashboard panel).
    Nothing on raw, quarantine, staging, intermediate or reference; no write privilege anywhere;
    no temporary tables (TEMPORARY is revoked from PUBLIC on this database) and no connection to
    the `postgres` maintenance database (CONNECT revoked from PUBLIC there, when we may).
    The password sits inside a dollar-quoted DO block: its tag is derived from the password's
    md5, so no password (say one containing `$bi$`) can end the block early.
    Roles are cluster-wide: several databases (tests) may run this at once, so a concurrent
    create/alter of the role is tolerated.
-#}
{% macro grant_bi_reader(role='bi_reader') %}
    {%- if execute and flags.WHICH in ('run', 'build', 'seed', 'run-operation') -%}
        {%- set raw_password = env_var('VNDX_BI_PASSWORD', 'bi_reader') -%}
        {%- set password = raw_password | replace("'", "''") -%}
        {%- set tag = '$bi_' ~ local_md5(raw_password) ~ '$' -%}
        {%- set sql -%}
do {{ tag }}
begin
    begin
        create role {{ role }} login;
    exception when duplicate_object or unique_violation then null;
    end;
    begin
        alter role {{ role }} with login nosuperuser nocreatedb nocreaterole noinherit
            noreplication password '{{ password }}';
    exception when others then
        raise notice 'bi_reader: role attributes not updated (%)', sqlerrm;
    end;
end
{{ tag }};
grant connect on database {{ adapter.quote(target.dbname) }} to {{ role }};
revoke temporary on database {{ adapter.quote(target.dbname) }} from public;
revoke temporary on database {{ adapter.quote(target.dbname) }} from {{ role }};
do $bi$
begin
    revoke connect on database postgres from public;
exception when others then
    raise notice 'bi_reader: CONNECT on database postgres not revoked from PUBLIC (%)', sqlerrm;
end
$bi$;
create schema if not exists marts;
grant usage on schema marts to {{ role }};
grant select on all tables in schema marts to {{ role }};
alter default privileges in schema marts grant select on tables to {{ role }};
do $bi$
begin
    if exists (select from pg_namespace where nspname = 'audit') then
        execute 'grant usage on schema audit to {{ role }}';
        execute 'grant select on all tables in schema audit to {{ role }}';
        execute 'alter default privileges in schema audit grant select on tables to {{ role }}';
    end if;
end
$bi$;
        {%- endset -%}
        {%- do run_query(sql) -%}
        {{ log("granted read access on marts to " ~ role, info=false) }}
    {%- endif -%}
{% endmacro %}
