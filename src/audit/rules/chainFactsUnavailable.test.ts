import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("chain-facts-unavailable", () => {
  it("reports RPC problems", () => {
    const r = run(tx(STRANGER, "0x", 1n), { facts: { problems: ["could not reach RPC 127.0.0.1:9"] } })
    expect(severityOf(r, "chain-facts-unavailable")).toBe("info")
    expect(r.findings.find((f) => f.id === "chain-facts-unavailable")?.detail).toContain("127.0.0.1:9")
  })
  it("is absent without problems", () => {
    expect(severityOf(run(tx(STRANGER, "0x", 1n)), "chain-facts-unavailable")).toBeUndefined()
  })
})
