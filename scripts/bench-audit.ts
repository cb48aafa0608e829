/**
 * Measures the Shield on each corpus, request-only (no RPC): recall (danger or warning), danger-level
 * recall, dangerous requests judged safe, false positives (benign judged danger), warnings on benign, and
 * p50/p99 per audit. Corpora: the project corpus (test/fixtures/shield-corpus.jsonl + the 20 real cases,
 * scored as before too) and every `test/fixtures/redteam/*.json` in the shared format; then the simulation
 * corpus on the Anvil devnet, with simulation (scripts/lib/benchSimulation.ts, also `npm run bench:sim`).
 *
 *   npm run bench:audit [-- --count N] [-- --now MS]
 *
 * Each corpus prints `audit-<corpus>-<figure>: value unit` lines; the project corpus keeps its historical
 * figure names (audit-recall-danger, audit-fp-benign, audit-p50, audit-p99, …) as well.
 */
import { existsSync, readdirSync } from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"
import { auditSync } from "../src/audit/audit"
import type { AuditContext } from "../src/audit/types"
import { type CorpusCase, effectFigures, loadCorpus, loadSharedCases, score } from "../test/fixtures/shieldCorpus"
import { runSimulationBench } from "./lib/benchSimulation"

const NOW = Date.UTC(2026, 0, 1)
const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? Number(process.argv[i + 1]) : undefined
}
const COUNT = Math.max(10_000, arg("--count") || 10_000)
// Red-team corpora are written now, with deadlines relative to now: judge them at the current time.
const REDTEAM_NOW = arg("--now") || Date.now()

const pctText = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")} %`

function timings(cases: CorpusCase[], now: number, count: number): { p50: number; p99: number; max: number } {
  for (let i = 0; i < Math.min(2000, count); i++) auditSync(cases[i % cases.length].request, { now, ...cases[i % cases.length].context })
  const times = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    const c = cases[i % cases.length]
    const t0 = performance.now()
    auditSync(c.request, { now, ...c.context })
    times[i] = performance.now() - t0
  }
  times.sort()
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
  return { p50: pct(0.5), p99: pct(0.99), max: times[times.length - 1] }
}

function report(name: string, cases: CorpusCase[], now: number, count: number, contextFor: (c: CorpusCase) => AuditContext) {
  const scored = cases.map((c) => ({ c, verdict: auditSync(c.request, { now, ...contextFor(c) }).verdict }))
  const f = effectFigures(scored)
  for (const s of f.missed) console.log(`[${name}] missed danger: ${s.c.id} → ${s.verdict}`)
  for (const s of f.dangerousSafe) console.log(`[${name}] dangerous judged safe: ${s.c.id} (${s.c.label})`)
  for (const s of f.benignDanger) console.log(`[${name}] benign judged danger: ${s.c.id}`)
  for (const s of f.benignWarning) console.log(`[${name}] benign judged warning: ${s.c.id}`)
  const t = timings(cases, now, count)
  console.log(`[${name}] ${f.cases} cases (${f.danger} danger, ${f.warning} warning, ${f.benign} benign; ${f.benignUnknown} benign judged unknown)`)
  console.log(`audit-${name}-recall: ${pctText(f.recall)}`)
  console.log(`audit-${name}-danger-recall: ${pctText(f.dangerRecall)}`)
  console.log(`audit-${name}-dangerous-judged-safe: ${f.dangerousSafe.length} cases`)
  console.log(`audit-${name}-fp-rate: ${pctText(f.fpRate)}`)
  console.log(`audit-${name}-benign-warning-rate: ${pctText(f.benignWarningRate)}`)
  console.log(`audit-${name}-p50: ${t.p50.toFixed(3)} ms`)
  console.log(`audit-${name}-p99: ${t.p99.toFixed(3)} ms`)
  return t
}

// 1. The project corpus, with its historical scoring (context included) and figure names.
const cases = loadCorpus()
const scored = cases.map((c) => ({
  c,
  verdict: auditSync(c.request, { now: NOW, ...c.context }).verdict,
  calldataOnly: c.real ? auditSync(c.request, { now: NOW }).verdict : undefined
}))
const f = score(scored)
for (const s of f.misses) console.log(`missed danger: ${s.c.id} → ${s.verdict}`)
for (const s of f.falseAlarms) console.log(`false alarm: ${s.c.id} → ${s.verdict}`)
for (const s of f.minimumMisses) console.log(`below calldata-only minimum: ${s.c.id} → ${s.calldataOnly}`)
const bare = score(cases.map((c) => ({ c, verdict: auditSync(c.request, { now: NOW }).verdict, calldataOnly: c.real ? auditSync(c.request, { now: NOW }).verdict : undefined })))
console.log(`corpus: ${cases.length} cases (${f.dangerTotal} danger, ${f.warningTotal} warning, ${f.benignTotal} benign; ${f.realTotal} real)`)
console.log(`warning cases flagged: ${f.warningFlagged}/${f.warningTotal}; benign judged unknown: ${f.benignUnknown}`)
console.log(`without context: recall ${pctText(bare.recall)} (${bare.dangerTotal - bare.dangerCaught} danger cases fall to warning or below), false alarms ${pctText(bare.fpRate)}`)
console.log(`audit-recall-danger: ${pctText(f.recall)}`)
console.log(`audit-fp-benign: ${pctText(f.fpRate)}`)
console.log(`audit-real-calldata-minimum: ${f.realMinimumMet}/${f.realTotal} cases`)

// 2. Every corpus, request-only, with the issue-13 figures.
// Request-only: the wallet's own state (history, blocklist, trusted contracts) stays, chain facts go.
const localState = (c: CorpusCase): AuditContext => ({ history: c.context?.history, blocklist: c.context?.blocklist, knownContracts: c.context?.knownContracts })
const project = report("shield-corpus", cases, NOW, COUNT, localState)
console.log(`audit-p50: ${project.p50.toFixed(3)} ms`)
console.log(`audit-p99: ${project.p99.toFixed(3)} ms`)
console.log(`audit-max: ${project.max.toFixed(3)} ms`)
console.log(`audit-count: ${COUNT} audits`)

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "../test/fixtures/redteam")
if (existsSync(dir)) {
  for (const file of readdirSync(dir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const name = file.replace(/\.json$/, "")
    let shared: CorpusCase[]
    try {
      shared = loadSharedCases(path.join(dir, file))
    } catch (error) {
      console.log(`[${name}] could not be read: ${error instanceof Error ? error.message.slice(0, 200) : "error"}`)
      continue
    }
    if (shared.length === 0) continue
    report(name, shared, REDTEAM_NOW, Math.max(2000, shared.length * 20), (c) => c.context ?? {})
  }
}

// 3. The simulation corpus on the devnet, with simulation (its own module).
console.log("")
await runSimulationBench()
