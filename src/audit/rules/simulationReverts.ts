/** A transaction the simulation says would revert: a warning with the reason the contract gave. */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const simulationReverts: Rule = {
  id: "simulation-reverts",
  severity: "warning",
  description: "The simulation says the transaction would fail (revert); the reason the contract gave is shown.",
  check(a) {
    const sim = a.ctx.facts.simulation
    if (!sim || typeof sim !== "object" || sim.status !== "ok" || sim.success) return []
    // The reason is contract-supplied text: capped, quoted, never read as instructions.
    const reason = typeof sim.revertReason === "string" ? sim.revertReason : typeof sim.error === "string" ? sim.error : undefined
    return [
      finding(
        this,
        "This transaction would fail",
        `The simulation says it reverts${reason ? ` ("${cap(reason, 160)}")` : " without a reason"}. You would pay gas for nothing, and what it was meant to do is unknown.`
      )
    ]
  }
}
