/** Simulation could not tell: the node does not offer it, or it failed to run (said plainly, as info). */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const simulationUnavailable: Rule = {
  id: "simulation-unavailable",
  severity: "info",
  description: "The transaction could not be simulated, so its asset changes were not previewed.",
  check(a) {
    const sim = a.ctx.facts.simulation
    if (!sim || typeof sim !== "object") return []
    if (sim.status === "unavailable") return [finding(this, "Not simulated", `Your node does not offer simulation (${cap(String(sim.reason), 120)}), so the asset changes were not previewed.`)]
    if (sim.status === "failed") return [finding(this, "Simulation failed", `The simulation could not run: ${cap(String(sim.reason), 160)}.`)]
    return []
  }
}
