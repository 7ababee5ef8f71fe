#!/usr/bin/env bash
# Everything CI runs: build, typecheck, unit and protocol tests, packaging, real-editor tests.
# Fast subset without editors: npm run test:fast
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/esbuild ] || npm ci --no-audit --no-fund

status=0
passed=0
failed=0
step() {
  local name=$1; shift
  local start=$SECONDS
  echo "=== $name"
  if "$@"; then
    echo "=== $name: ok ($((SECONDS - start)) s)"; passed=$((passed + 1))
  else
    echo "=== $name: FAILED ($((SECONDS - start)) s)"; failed=$((failed + 1)); status=1
  fi
}

step build npm run --silent build
step typecheck npx tsc --noEmit -p .
step "unit tests" npm run --silent test:unit
step "protocol tests" npm run --silent test:protocol
step "CLI on the example" node scripts/check-example.mjs
step package npm run --silent package
if [ "${INFRA_FACTCHECK_SKIP_EDITORS:-0}" = 1 ]; then
  echo "=== real-editor tests skipped (INFRA_FACTCHECK_SKIP_EDITORS=1)"
elif [ -x scripts/e2e/run-all.sh ]; then
  step "real-editor tests" bash scripts/e2e/run-all.sh
fi
echo "steps: $passed passed, $failed failed"
exit $status
