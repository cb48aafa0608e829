import { describe, expect, it } from "vitest"
import { auditSync } from "../../../src/audit/audit"
import { loadCorpus, score } from "../../fixtures/shieldCorpus"

const NOW = Date.UTC(2026, 0, 1)

describe("Shield corpus", () => {
  const cases = loadCorpus()
  const scored = cases.map((c) => ({
    c,
    verdict: auditSync(c.request, { now: NOW, ...c.context }).verdict,
    calldataOnly: c.real ? auditSync(c.request, { now: NOW }).verdict : undefined
  }))
  const f = score(scored)

  it("has at least 100 labelled cases including the 20 real ones", () => {
    expect(cases.length).toBeGreaterThanOrEqual(120)
    expect(f.realTotal).toBe(20)
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length)
    for (const c of cases) expect(c.source.length).toBeGreaterThan(10)
  })
  it("catches ≥ 98 % of dangerous requests", () => {
    expect(f.misses.map((s) => `${s.c.id}: ${s.verdict}`)).toEqual([])
    expect(f.recall).toBeGreaterThanOrEqual(0.98)
  })
  it("raises ≤ 2 % false alarms on benign requests", () => {
    expect(f.falseAlarms.map((s) => `${s.c.id}: ${s.verdict}`)).toEqual([])
    expect(f.fpRate).toBeLessThanOrEqual(0.02)
  })
  it("flags every warning-labelled case at least as a warning", () => {
    expect(f.warningFlagged).toBe(f.warningTotal)
  })
  it("reaches each real case's calldata-only minimum without any context", () => {
    expect(f.minimumMisses.map((s) => `${s.c.id}: ${s.calldataOnly}`)).toEqual([])
  })
})
