#!/usr/bin/env bash
# The explorer's browser test drives Debian's headless Chromium (playwright-core with
# executablePath). A fresh machine has none: install it from the distribution (we run as root).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
echo "browser: $CHROMIUM is missing; installing Debian's chromium"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
[ -x "$CHROMIUM" ] || { echo "browser: chromium installed but $CHROMIUM is not there"; exit 1; }
