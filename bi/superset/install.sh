#!/usr/bin/env bash
# Create/refresh .venv-superset from bi/superset/requirements.lock (Superset pins SQLAlchemy < 2, so it
# cannot share the main venv). Skips the install when the lock has not changed since the last one.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${VNDX_SUPERSET_VENV:-$REPO/.venv-superset}"
LOCK="$REPO/bi/superset/requirements.lock"
UV="$REPO/.venv/bin/uv"
PYTHON="${VNDX_SUPERSET_PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3

stamp="$VENV/.vndx-lock.sha256"
want="$(sha256sum "$LOCK" | cut -d' ' -f1)"
if [ -x "$VENV/bin/superset" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  exit 0
fi
echo "[superset] installing $VENV from bi/superset/requirements.lock"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
if [ -x "$UV" ]; then
  "$UV" pip install --python "$VENV/bin/python" -r "$LOCK"
else
  "$VENV/bin/python" -m pip install --no-deps -r "$LOCK"
fi
echo "$want" > "$stamp"
