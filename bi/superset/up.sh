#!/usr/bin/env bash
# `make bi`: Superset on http://127.0.0.1:8088 over the warehouse marts, provisioned as code.
#   1. .venv-superset from bi/superset/requirements.lock (install.sh, skipped when up to date)
#   2. metadata DB (SQLite under .vndx/superset/) upgraded, admin user, `superset init`
#   3. the dashboard bundle (bi/superset/dashboard/) zipped with the warehouse URI of the read-only
#      role bi_reader injected, and imported (overwrite: re-running updates it in place)
#   4. gunicorn in the background (pid file .vndx/superset/superset.pid), unless already serving
# Idempotent. Settings: VNDX_BI_DATABASE (default vndx), VNDX_BI_PASSWORD (default bi_reader),
# VNDX_BI_URL (full SQLAlchemy URI, overrides both), VNDX_SUPERSET_ADMIN_PASSWORD (default admin),
# VNDX_SUPERSET_PORT (default 8088).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$HERE/install.sh"
# shellcheck source=bi/superset/env.sh
source "$HERE/env.sh"
SUPERSET="$SUPERSET_VENV/bin/superset"
PY="$SUPERSET_VENV/bin/python"
LOG="$SUPERSET_HOME/superset.log"

# -- the warehouse as bi_reader ------------------------------------------------------------------
if [ -z "${VNDX_BI_URL:-}" ]; then
  WAREHOUSE_URL="${VNDX_WAREHOUSE_URL:-$("$REPO/.venv/bin/vndx" warehouse url)}"
  VNDX_BI_URL="$(WAREHOUSE_URL="$WAREHOUSE_URL" "$PY" - <<'PY'
import os
from urllib.parse import quote, urlsplit
parts = urlsplit(os.environ["WAREHOUSE_URL"])
password = quote(os.environ.get("VNDX_BI_PASSWORD", "bi_reader"), safe="")
database = os.environ.get("VNDX_BI_DATABASE", "vndx")
print(f"postgresql+psycopg2://bi_reader:{password}@{parts.hostname}:{parts.port or 5432}/{database}")
PY
)"
fi
export VNDX_BI_URL

# -- metadata DB, admin, roles (once per Superset version) -----------------------------------------
stamp="$SUPERSET_HOME/.initialised"
want="$(sha256sum "$REPO/bi/superset/requirements.lock" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "[superset] upgrading the metadata database and syncing roles (first run takes a minute)"
  "$SUPERSET" db upgrade >>"$LOG" 2>&1
  "$SUPERSET" init >>"$LOG" 2>&1
  echo "$want" > "$stamp"
fi
# create-admin is a no-op when the user exists; reset-password keeps it in step with the env
"$SUPERSET" fab create-admin --username "$VNDX_SUPERSET_ADMIN_USER" --firstname vndx --lastname admin \
  --email "${VNDX_SUPERSET_ADMIN_USER}@vndx.local" --password "$VNDX_SUPERSET_ADMIN_PASSWORD" >>"$LOG" 2>&1
"$SUPERSET" fab reset-password --username "$VNDX_SUPERSET_ADMIN_USER" \
  --password "$VNDX_SUPERSET_ADMIN_PASSWORD" >>"$LOG" 2>&1

# -- the dashboard bundle ------------------------------------------------------------------------
BUNDLE="$SUPERSET_HOME/dashboard_bundle.zip"
"$PY" "$HERE/bundle.py" --out "$BUNDLE" >/dev/null
echo "[superset] importing the dashboard bundle (database: ${VNDX_BI_URL%%:*}://bi_reader@${VNDX_BI_URL#*@})"
if ! "$PY" "$HERE/import_bundle.py" "$BUNDLE" --user "$VNDX_SUPERSET_ADMIN_USER" >>"$LOG" 2>&1; then
  echo "[superset] import failed; see $LOG" >&2
  exit 1
fi
umask 077; "$PY" -c 'import os, urllib.parse as u; p=u.urlsplit(os.environ["VNDX_BI_URL"]); print(p._replace(netloc=p.netloc.replace(":" + (p.password or "") + "@", "@")).geturl())' > "$SUPERSET_HOME/bi_url.txt"

# -- the web server ------------------------------------------------------------------------------
healthy() { curl -fsS -o /dev/null "$VNDX_SUPERSET_URL/health"; }
if [ -s "$SUPERSET_PID_FILE" ] && kill -0 "$(cat "$SUPERSET_PID_FILE")" 2>/dev/null && healthy; then
  echo "[superset] already running (pid $(cat "$SUPERSET_PID_FILE"))"
else
  rm -f "$SUPERSET_PID_FILE"
  echo "[superset] starting gunicorn on $VNDX_SUPERSET_URL"
  "$SUPERSET_VENV/bin/gunicorn" --daemon --pid "$SUPERSET_PID_FILE" \
    --bind "$VNDX_SUPERSET_HOST:$VNDX_SUPERSET_PORT" --workers "${VNDX_SUPERSET_WORKERS:-2}" \
    --worker-class gthread --threads 4 --timeout 120 --limit-request-line 0 --limit-request-field_size 0 \
    --access-logfile "$SUPERSET_HOME/access.log" --error-logfile "$SUPERSET_HOME/gunicorn.log" \
    "superset.app:create_app()"
  for _ in $(seq 1 90); do healthy && break; sleep 2; done
  healthy || { echo "[superset] did not become healthy; see $SUPERSET_HOME/gunicorn.log" >&2; exit 1; }
fi
echo "Superset: $VNDX_SUPERSET_URL/superset/dashboard/chuyen-doi-so-cap-tinh/"
echo "login:    $VNDX_SUPERSET_ADMIN_USER / \$VNDX_SUPERSET_ADMIN_PASSWORD (local default: admin)"
