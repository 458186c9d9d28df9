#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver for the browser test (no browser downloads at test time).
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium and chromium-driver are missing: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "[browser] installing Debian's chromium and chromium-driver"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
