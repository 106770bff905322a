#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds, and starts the collector with the demo store.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
echo "pulso: building"
pnpm run -s build
exec pnpm exec tsx examples/collector/src/main.ts --demo
