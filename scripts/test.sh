#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find: lint, types, unit,
# production build, integration (real Redis + PostgreSQL/PGlite), end to end (Playwright, Debian's chromium),
# and the benchmark's smoke run.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-debian-packages.sh chromium fonts-noto-cjk redis-server postgresql-client || exit 1
bash scripts/ensure-test-services.sh || exit 1

rm -rf test-results && mkdir -p test-results
failed=()
step() {
  local name=$1; shift
  echo "=== $name: $*"
  "$@" || failed+=("$name")
}

step lint npx eslint .
step typecheck npx tsc --noEmit -p .
step unit npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json
step build npx next build
step integration npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-results/integration.json
step e2e npx playwright test
# The benchmark's short run: every figure's code path against the real stack, figures printed, nothing asserted.
step bench-smoke npm run bench -- --smoke --no-build

node scripts/test-summary.mjs test-results "${failed[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed steps: ${failed[*]}"
  exit 1
fi
