#!/usr/bin/env bash
# docker compose `superset` service: metadata DB upgrade, admin, roles, the dashboard bundle
# (database URI = the warehouse as bi_reader, from VNDX_BI_URL), then gunicorn on :8088.
# Same steps as bi/superset/up.sh (local), in the container. Idempotent.
set -euo pipefail
: "${SUPERSET_SECRET_KEY:?}" "${VNDX_SUPERSET_ADMIN_PASSWORD:?}" "${VNDX_BI_URL:?}"
ADMIN="${VNDX_SUPERSET_ADMIN_USER:-admin}"

superset db upgrade
superset fab create-admin --username "$ADMIN" --firstname vndx --lastname admin \
  --email "${ADMIN}@vndx.local" --password "$VNDX_SUPERSET_ADMIN_PASSWORD"
superset init
python /opt/vndx/bi/superset/bundle.py --out "$SUPERSET_HOME/dashboard_bundle.zip"
python /opt/vndx/bi/superset/import_bundle.py "$SUPERSET_HOME/dashboard_bundle.zip" --user "$ADMIN"

exec gunicorn --bind 0.0.0.0:8088 --workers "${SUPERSET_WORKERS:-2}" --worker-class gthread \
  --threads 4 --timeout 120 --limit-request-line 0 --limit-request-field_size 0 \
  --access-logfile - --error-logfile - "superset.app:create_app()"
