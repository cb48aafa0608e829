import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("simulation-unavailable", () => {
  it("says plainly when the node cannot simulate", () => {
    const r = run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "unavailable", reason: "eth_simulateV1 is not supported" } } })
    expect(severityOf(r, "simulation-unavailable")).toBe("info")
  })
  it("says when the simulation could not run", () => {
    const r = run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "failed", reason: "timeout" } } })
    expect(severityOf(r, "simulation-unavailable")).toBe("info")
  })
  it("is silent for a successful simulation", () => {
    expect(run(tx(STRANGER, "0x", 1n), { history: [STRANGER], facts: { simulation: { status: "ok", success: true, logs: 1 } } }).verdict).toBe("safe")
  })
})
