import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("simulation-reverts", () => {
  it("warns with the contract's reason when the simulation reverts", () => {
    const r = run(tx(STRANGER, "0x", 1n), {
      facts: { simulation: { status: "ok", success: false, logs: 0, error: "execution reverted", revertReason: "Pool: not enough deposited" } }
    })
    expect(severityOf(r, "simulation-reverts")).toBe("warning")
    expect(r.findings.find((f) => f.id === "simulation-reverts")?.detail).toContain("Pool: not enough deposited")
  })
  it("falls back to the node's message, and says when there is no reason", () => {
    const withError = run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "ok", success: false, logs: 0, error: "out of gas" } } })
    expect(withError.findings.find((f) => f.id === "simulation-reverts")?.detail).toContain("out of gas")
    const bare = run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "ok", success: false, logs: 0 } } })
    expect(bare.findings.find((f) => f.id === "simulation-reverts")?.detail).toContain("without a reason")
  })
  it("is silent for a successful simulation", () => {
    expect(severityOf(run(tx(STRANGER, "0x", 1n), { facts: { simulation: { status: "ok", success: true, logs: 1 } } }), "simulation-reverts")).toBeUndefined()
  })
})
