#!/usr/bin/env bash
# `npm test`: installs what is missing, type-checks, builds, checks bundle budgets, runs every
# suite (unit, component, collector, real-browser) and ends with one line `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh --browser || exit 1

mkdir -p .tmp
echo "pulso: type-checking"
pnpm run -s typecheck || { echo "0 passed, 1 failed"; exit 1; }
echo "pulso: building"
pnpm run -s build || { echo "0 passed, 1 failed"; exit 1; }

echo "pulso: running tests"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
vitest_status=$?

echo "pulso: checking bundle-size budgets"
node scripts/size.mjs --check
size_status=$?

node scripts/summarize-tests.mjs .tmp/vitest.json "$size_status"
summary_status=$?
[ $vitest_status -eq 0 ] && [ $size_status -eq 0 ] && [ $summary_status -eq 0 ]
