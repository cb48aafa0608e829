import { existsSync, readdirSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { RULES } from "../../../src/audit/rules/index"

const RULES_DIR = path.resolve(__dirname, "../../../src/audit/rules")

describe("rule catalogue", () => {
  it("has at least 25 rules with unique ids", () => {
    expect(RULES.length).toBeGreaterThanOrEqual(25)
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })
  it("keeps one rule per file, each with a test beside it", () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !["index.ts", "rule.ts", "helpers.ts"].includes(f))
    expect(files.length).toBe(RULES.length)
    for (const f of files) expect(existsSync(path.join(RULES_DIR, f.replace(/\.ts$/, ".test.ts"))), f).toBe(true)
  })
  it("gives every rule a severity and a description", () => {
    for (const r of RULES) {
      expect(["danger", "warning", "unknown", "info"]).toContain(r.severity)
      expect(r.description.length).toBeGreaterThan(20)
    }
  })
})
