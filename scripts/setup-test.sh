#!/usr/bin/env bash
# Install what the test suite needs on Debian (as root): Chromium, CJK fonts, osmium and GDAL, and the npm packages.
# Browsers come from Debian only; nothing downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
# The data:osm and data:fetch tests run the real tools on fixtures.
command -v osmium >/dev/null || need+=(osmium-tool)
command -v ogr2ogr >/dev/null || need+=(gdal-bin)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${need[*]}. Run as root, or: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
