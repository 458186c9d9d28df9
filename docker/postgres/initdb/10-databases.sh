#!/usr/bin/env bash
# Runs once, on the first start of an empty postgres-data volume (docker-entrypoint-initdb.d).
# Databases: vndx (the warehouse), airflow (Airflow metadata), metabase and superset (BI metadata).
# Roles: one owner per database, plus bi_reader (read-only; the dbt project grants SELECT on
# schemas marts and audit, re-applied on every dbt run).
set -euo pipefail

: "${VNDX_DB_PASSWORD:?}" "${AIRFLOW_DB_PASSWORD:?}" "${VNDX_BI_PASSWORD:?}"
: "${METABASE_DB_PASSWORD:?}" "${SUPERSET_DB_PASSWORD:?}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v vndx_pw="$VNDX_DB_PASSWORD" -v airflow_pw="$AIRFLOW_DB_PASSWORD" -v bi_pw="$VNDX_BI_PASSWORD" \
  -v metabase_pw="$METABASE_DB_PASSWORD" -v superset_pw="$SUPERSET_DB_PASSWORD" <<'SQL'
create role vndx login createrole password :'vndx_pw';
create role airflow login password :'airflow_pw';
create role metabase login password :'metabase_pw';
create role superset login password :'superset_pw';
create role bi_reader login password :'bi_pw';
alter role bi_reader set default_transaction_read_only = on;
create database vndx owner vndx;
create database airflow owner airflow;
create database metabase owner metabase;
create database superset owner superset;
revoke all on database vndx from public;
grant connect on database vndx to bi_reader;
SQL

# bi_reader sees the published schemas only; the dbt project (run as vndx) creates them and grants.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname vndx <<'SQL'
alter schema public owner to vndx;
revoke create on schema public from public;
create schema if not exists marts authorization vndx;
create schema if not exists audit authorization vndx;
grant usage on schema marts, audit to bi_reader;
alter default privileges for role vndx in schema marts grant select on tables to bi_reader;
alter default privileges for role vndx in schema audit grant select on tables to bi_reader;
SQL
