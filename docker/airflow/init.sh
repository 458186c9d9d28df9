#!/usr/bin/env bash
# airflow-init (docker compose one-shot job): the bootstrap every vndx deployment shares
# (`vndx airflow-init`: metadata DB, vndx_hosts pool, warehouse DDL, dbt deps + parse, see
# vndx/orchestration/bootstrap.py), then compose's own FAB admin user.
# Idempotent: safe to run on every `docker compose up`.
set -euo pipefail

: "${AIRFLOW_ADMIN_USERNAME:=admin}"
: "${AIRFLOW_ADMIN_PASSWORD:?AIRFLOW_ADMIN_PASSWORD must be set (see .env.example)}"
: "${VNDX_WAREHOUSE_URL:?VNDX_WAREHOUSE_URL must be set}"

vndx airflow-init

echo "[airflow-init] admin user ${AIRFLOW_ADMIN_USERNAME}"
if ! airflow users list 2>/dev/null | awk '{print $3}' | grep -qx "${AIRFLOW_ADMIN_USERNAME}"; then
  airflow users create --role Admin --username "${AIRFLOW_ADMIN_USERNAME}" \
    --password "${AIRFLOW_ADMIN_PASSWORD}" --firstname vndx --lastname admin \
    --email "${AIRFLOW_ADMIN_USERNAME}@vndx.local"
fi
echo "[airflow-init] done"
