#!/usr/bin/env bash
# `make bi-down`: stop the local Superset started by up.sh (by its pid file only).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PID_FILE="${SUPERSET_HOME:-$HERE/../../.vndx/superset}/superset.pid"
if [ -s "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
  pid="$(cat "$PID_FILE")"
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  echo "superset stopped (pid $pid)"
else
  echo "superset was not running"
fi
rm -f "$PID_FILE"
