// Sums the JSON reports Vitest wrote under test-results/ into one closing line.
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

const dir = process.argv[2] ?? "test-results"
let passed = 0,
  failed = 0,
  skipped = 0
for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const r = JSON.parse(readFileSync(path.join(dir, f), "utf8"))
  passed += r.numPassedTests ?? 0
  failed += r.numFailedTests ?? 0
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  console.log(`${path.basename(f, ".json")}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
if (passed === 0 || failed > 0) process.exit(1)
