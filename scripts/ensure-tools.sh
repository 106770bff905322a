#!/usr/bin/env bash
# Installs what `npm test` and `npm run demo` need on a machine that has only Node 20 and npm.
# Each step says what it does and skips itself when the tool is already there.
# Usage: ensure-tools.sh [--browser]   (--browser also installs Debian's chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
# Native addons (if any) build against the installed Node headers instead of downloading them.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "pulso: installing pnpm $PNPM_VERSION with npm (corepack fails its signature check here)"
  npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null
fi

echo "pulso: installing dependencies (pnpm install --frozen-lockfile)"
pnpm install --frozen-lockfile --reporter=silent

if [ "${1:-}" = "--browser" ]; then
  if [ -n "${PULSO_CHROMIUM:-}" ] && [ -x "$PULSO_CHROMIUM" ]; then
    :
  elif ! command -v chromium >/dev/null 2>&1; then
    echo "pulso: installing Debian's chromium for the browser tests (apt-get)"
    SUDO=""
    [ "$(id -u)" = "0" ] || SUDO="sudo"
    $SUDO apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
fi
