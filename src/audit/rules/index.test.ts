import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

import { RULES } from "./index"

const dir = new URL("./", import.meta.url)
const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !["index.ts", "rule.ts", "helpers.ts"].includes(f))

describe("rule registry", () => {
  it("has one file per rule, named for its id", () => {
    expect(ruleFiles.map((f) => f.slice(0, -3)).sort()).toEqual(RULES.map((r) => camel(r.id)).sort())
    for (const rule of RULES) expect(readFileSync(new URL(`${camel(rule.id)}.ts`, dir), "utf8")).toContain(`id: "${rule.id}"`)
  })

  it("registers every finding id a rule file can emit", () => {
    const registered = new Set(RULES.map((r) => r.id))
    const emitted = ruleFiles.flatMap((f) => [...readFileSync(new URL(f, dir), "utf8").matchAll(/\bid: "([a-z0-9-]+)"/g)].map((m) => m[1]!))
    expect(emitted.length).toBeGreaterThanOrEqual(RULES.length)
    expect(emitted.filter((id) => !registered.has(id))).toEqual([])
  })

  it("has unique ids", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })
})
