# Sourced by bi/superset/{up,down}.sh and browser_test.py's caller: the local Superset's settings.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export SUPERSET_VENV="${VNDX_SUPERSET_VENV:-$REPO/.venv-superset}"
export SUPERSET_HOME="${SUPERSET_HOME:-$REPO/.vndx/superset}"
export SUPERSET_CONFIG_PATH="$REPO/bi/superset/superset_config.py"
export FLASK_APP=superset
export VNDX_SUPERSET_HOST="${VNDX_SUPERSET_HOST:-127.0.0.1}"
export VNDX_SUPERSET_PORT="${VNDX_SUPERSET_PORT:-8088}"
export VNDX_SUPERSET_URL="http://${VNDX_SUPERSET_HOST}:${VNDX_SUPERSET_PORT}"
# Local default only (documented in docs/bi.md); set it in the environment for anything shared.
export VNDX_SUPERSET_ADMIN_USER="${VNDX_SUPERSET_ADMIN_USER:-admin}"
export VNDX_SUPERSET_ADMIN_PASSWORD="${VNDX_SUPERSET_ADMIN_PASSWORD:-admin}"
export SUPERSET_PID_FILE="$SUPERSET_HOME/superset.pid"
mkdir -p "$SUPERSET_HOME"
if [ -z "${SUPERSET_SECRET_KEY:-}" ]; then
  # generated once per machine, kept under .vndx/ (git-ignored)
  [ -s "$SUPERSET_HOME/secret_key" ] || (umask 077; "$SUPERSET_VENV/bin/python" -c \
    'import secrets; print(secrets.token_urlsafe(42))' > "$SUPERSET_HOME/secret_key")
  SUPERSET_SECRET_KEY="$(cat "$SUPERSET_HOME/secret_key")"
  export SUPERSET_SECRET_KEY
fi
