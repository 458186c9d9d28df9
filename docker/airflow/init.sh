#!/usr/bin/env bash
# airflow-init (docker compose one-shot job): Airflow metadata DB, admin user, warehouse DDL, dbt parse.
# Idempotent: safe to run on every `docker compose up`.
set -euo pipefail

: "${AIRFLOW_ADMIN_USERNAME:=admin}"
: "${AIRFLOW_ADMIN_PASSWORD:?AIRFLOW_ADMIN_PASSWORD must be set (see .env.example)}"
: "${VNDX_WAREHOUSE_URL:?VNDX_WAREHOUSE_URL must be set}"

echo "[airflow-init] migrating the Airflow metadata database"
airflow db migrate

echo "[airflow-init] admin user ${AIRFLOW_ADMIN_USERNAME}"
if ! airflow users list 2>/dev/null | awk '{print $3}' | grep -qx "${AIRFLOW_ADMIN_USERNAME}"; then
  airflow users create --role Admin --username "${AIRFLOW_ADMIN_USERNAME}" \
    --password "${AIRFLOW_ADMIN_PASSWORD}" --firstname vndx --lastname admin \
    --email "${AIRFLOW_ADMIN_USERNAME}@vndx.local"
fi

echo "[airflow-init] pool vndx_hosts (hosts crawled at the same time)"
airflow pools set vndx_hosts "${VNDX_HOSTS_POOL_SLOTS:-8}" "Hosts crawled at the same time"

echo "[airflow-init] warehouse schemas (raw, quarantine, audit) on the external warehouse"
python -c 'from vndx.warehouse.db import ensure_schema; print("\n".join(ensure_schema()))'

echo "[airflow-init] dbt deps + parse (Cosmos loads target/manifest.json)"
cd "${VNDX_DBT_PROJECT_DIR:-/opt/vndx/dbt_project}"
if [ -f packages.yml ] || [ -f dependencies.yml ]; then
  dbt deps
fi
dbt parse

echo "[airflow-init] done"
