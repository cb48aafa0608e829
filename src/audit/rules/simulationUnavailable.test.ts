import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("simulation-unavailable", () => {
  it("says plainly when the node cannot simulate", () => {
    const r = run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "unavailable", reason: "eth_simulateV1 is not supported" } } })
    expect(severityOf(r, "simulation-unavailable")).toBe("info")
    expect(r.findings.find((f) => f.id === "simulation-unavailable")?.detail).toMatch(/request alone/)
  })
  it("says so when the simulation failed or timed out", () => {
    const r = run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "failed", reason: "no answer within 3000 ms" } } })
    expect(r.findings.find((f) => f.id === "simulation-unavailable")?.title).toBe("Simulation failed")
  })
  it("is silent for a simulation that ran, and when none was asked for", () => {
    expect(severityOf(run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "ok", success: true, logs: 0 } } }), "simulation-unavailable")).toBeUndefined()
    expect(severityOf(run(tx(STRANGER, "0x", 1n)), "simulation-unavailable")).toBeUndefined()
  })
})
