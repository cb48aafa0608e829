/** What simulation said: unavailable (said plainly), failed, or a transaction that would revert. */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const simulationResult: Rule = {
  id: "simulation-unavailable",
  severity: "warning",
  description: "The transaction could not be simulated, or the simulation says it would fail.",
  check(a) {
    const sim = a.ctx.facts.simulation
    if (!sim || typeof sim !== "object") return []
    if (sim.status === "unavailable") return [finding(this, "Not simulated", `Your node does not offer simulation (${cap(String(sim.reason), 120)}), so the asset changes were not previewed.`, "info")]
    if (sim.status === "failed") return [finding(this, "Simulation failed", `The simulation could not run: ${cap(String(sim.reason), 160)}.`, "info")]
    if (sim.status === "ok" && !sim.success) return [{ id: "simulation-reverts", severity: "warning", title: "This transaction would fail", detail: `Simulation says it reverts${sim.error ? `: ${cap(sim.error, 160)}` : ""}. You would pay gas for nothing.` }]
    return []
  }
}
