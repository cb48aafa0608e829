/**
 * Measures the Shield on its corpus: recall on dangerous requests, false-positive rate on benign ones
 * (scoring rules in test/fixtures/shieldCorpus.ts), and per-audit latency without RPC over ≥ 10,000 audits;
 * then the simulation corpus on the Anvil devnet (scripts/lib/benchSimulation.ts).
 *
 *   npm run bench:audit [-- --count N]
 */
import { performance } from "node:perf_hooks"
import { auditSync } from "../src/audit/audit"
import { loadCorpus, score } from "../test/fixtures/shieldCorpus"
import { runSimulationBench } from "./lib/benchSimulation"

const NOW = Date.UTC(2026, 0, 1)
const countArg = process.argv.indexOf("--count")
const COUNT = Math.max(10_000, countArg > 0 ? Number(process.argv[countArg + 1]) || 10_000 : 10_000)

const cases = loadCorpus()
const scored = cases.map((c) => ({
  c,
  verdict: auditSync(c.request, { now: NOW, ...c.context }).verdict,
  calldataOnly: c.real ? auditSync(c.request, { now: NOW }).verdict : undefined
}))
const f = score(scored)

// The same corpus with every context removed (no chain facts, blocklist or history): how much rests on them.
const bare = score(cases.map((c) => ({ c, verdict: auditSync(c.request, { now: NOW }).verdict, calldataOnly: c.real ? auditSync(c.request, { now: NOW }).verdict : undefined })))

for (const s of f.misses) console.log(`missed danger: ${s.c.id} → ${s.verdict}`)
for (const s of f.falseAlarms) console.log(`false alarm: ${s.c.id} → ${s.verdict}`)
for (const s of f.minimumMisses) console.log(`below calldata-only minimum: ${s.c.id} → ${s.calldataOnly}`)

// Warm-up: let the JIT settle before timing.
for (let i = 0; i < 2000; i++) auditSync(cases[i % cases.length].request, { now: NOW, ...cases[i % cases.length].context })

const times = new Float64Array(COUNT)
for (let i = 0; i < COUNT; i++) {
  const c = cases[i % cases.length]
  const t0 = performance.now()
  auditSync(c.request, { now: NOW, ...c.context })
  times[i] = performance.now() - t0
}
times.sort()
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
const pctText = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")} %`

console.log(`corpus: ${cases.length} cases (${f.dangerTotal} danger, ${f.warningTotal} warning, ${f.benignTotal} benign; ${f.realTotal} real)`)
console.log(`warning cases flagged: ${f.warningFlagged}/${f.warningTotal}; benign judged unknown: ${f.benignUnknown}`)
console.log(`without context: recall ${pctText(bare.recall)} (${bare.dangerTotal - bare.dangerCaught} danger cases fall to warning or below), false alarms ${pctText(bare.fpRate)}`)
console.log(`audit-recall-danger: ${pctText(f.recall)}`)
console.log(`audit-fp-benign: ${pctText(f.fpRate)}`)
console.log(`audit-real-calldata-minimum: ${f.realMinimumMet}/${f.realTotal} cases`)
console.log(`audit-p50: ${pct(0.5).toFixed(3)} ms`)
console.log(`audit-p99: ${pct(0.99).toFixed(3)} ms`)
console.log(`audit-max: ${times[times.length - 1].toFixed(3)} ms`)
console.log(`audit-count: ${COUNT} audits`)

// The simulation corpus on the devnet (its own module, scripts/lib/benchSimulation.ts).
console.log("")
await runSimulationBench()
