#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds (when the sources changed since the last
# build), and starts the collector with the demo store on PORT (default 8787), a fresh SQLite
# file and the demo survey. It prints the URLs to open.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
mkdir -p .tmp
bundle=packages/ui/dist/pulso.min.js
if [ ! -f "$bundle" ] || [ -n "$(find packages/*/src rollup.config.mjs size-budget.json -newer "$bundle" -print -quit)" ]; then
  echo "pulso: building (log in .tmp/demo-build.log)"
  pnpm run -s build > .tmp/demo-build.log 2>&1 || { cat .tmp/demo-build.log; echo "pulso: the build failed"; exit 1; }
else
  echo "pulso: the build is up to date"
fi
exec pnpm exec tsx examples/collector/src/main.ts --demo
