import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("simulation-reverts", () => {
  it("warns when the simulation reverts", () => {
    const r = run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "ok", success: false, logs: 0, error: "out of gas" } } })
    expect(severityOf(r, "simulation-reverts")).toBe("warning")
    expect(r.findings.find((f) => f.id === "simulation-reverts")?.detail).toBe("Simulation says it reverts: out of gas. You would pay gas for nothing.")
  })
  it("is silent when the simulation succeeds or did not run", () => {
    expect(severityOf(run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "ok", success: true, logs: 1 } } }), "simulation-reverts")).toBeUndefined()
    expect(severityOf(run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "unavailable", reason: "x" } } }), "simulation-reverts")).toBeUndefined()
  })
})
