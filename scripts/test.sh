#!/usr/bin/env bash
# `npm test`: every test of Mamori, in order of cost. Each stage runs even if an earlier one failed, so one
# run shows everything; the last line sums the test counts ("tests: N passed, N failed").
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json
failed=()
started=$(date +%s)

stage() {
  local name=$1; shift
  local t0=$(date +%s)
  echo; echo "━━ $name"
  if "$@"; then echo "━━ $name: ok ($(( $(date +%s) - t0 )) s)"; else echo "━━ $name: FAILED ($(( $(date +%s) - t0 )) s)"; failed+=("$name"); fi
}
vitest() { npx vitest run --config "$1" --reporter=default --reporter=json --outputFile.json="test-results/$2.json" --passWithNoTests; }

# The build comes first: it also generates Plasmo's typings (.plasmo/) that the typecheck reads.
stage build node scripts/build.mjs
stage typecheck npx tsc --noEmit -p tsconfig.json
# The pure core compiles alone (no DOM, no chrome types) and imports nothing from outside src/.
stage core bash -c "npx tsc --noEmit -p src/tsconfig.json && node scripts/check-core.mjs"
stage unit vitest vitest.config.ts unit
# Biome (lint rules and the formatter's check, biome.json) and solhint, with zero findings.
stage lint npm run --silent lint
# The shipped proving key really belongs to the circuit and the committed powers of tau (~1 min here).
zkey_verify() { npx snarkjs zkey verify circuits/build/art.r1cs circuits/ptau/pot15_final.ptau assets/zk/art_final.zkey 2>&1 | tee test-results/zkey-verify.log | tail -n 2; grep -q "ZKey Ok" test-results/zkey-verify.log; }
stage zkey zkey_verify
# The same for the scene architecture's key (same ptau).
scene_zkey_verify() { npx snarkjs zkey verify circuits/build/scene.r1cs circuits/ptau/pot15_final.ptau assets/zk/scene_final.zkey 2>&1 | tee test-results/zkey-verify-scene.log | tail -n 2; grep -q "ZKey Ok" test-results/zkey-verify-scene.log; }
stage zkey-scene scene_zkey_verify
stage integration vitest vitest.integration.config.ts integration
stage e2e vitest vitest.e2e.config.ts e2e

echo
echo "━━ total $(( $(date +%s) - started )) s"
node scripts/lib/summarize-tests.mjs test-results || failed+=("summary")
if [ ${#failed[@]} -gt 0 ]; then echo "failed stages: ${failed[*]}"; exit 1; fi
