/** The simulation ran and says the transaction would revert: the user would pay gas for nothing. */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const simulationReverts: Rule = {
  id: "simulation-reverts",
  severity: "warning",
  description: "The simulation says the transaction would fail.",
  check(a) {
    const sim = a.ctx.facts.simulation
    if (!sim || typeof sim !== "object" || sim.status !== "ok" || sim.success) return []
    return [finding(this, "This transaction would fail", `Simulation says it reverts${sim.error ? `: ${cap(sim.error, 160)}` : ""}. You would pay gas for nothing.`)]
  }
}
