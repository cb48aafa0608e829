/** A simulation that could not run says so: the verdict then rests on the request alone. */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const simulationUnavailable: Rule = {
  id: "simulation-unavailable",
  severity: "info",
  description: "The transaction could not be simulated (no eth_simulateV1 on the node, a time-out, an error): the verdict rests on the request alone.",
  check(a) {
    const sim = a.ctx.facts.simulation
    if (!sim || typeof sim !== "object") return []
    if (sim.status === "unavailable")
      return [
        finding(
          this,
          "Not simulated",
          `Your node does not offer simulation (${cap(String(sim.reason), 120)}), so the asset changes were not previewed; this verdict rests on the request alone.`
        )
      ]
    if (sim.status === "failed")
      return [finding(this, "Simulation failed", `The simulation could not run (${cap(String(sim.reason), 160)}); this verdict rests on the request alone.`)]
    return []
  }
}
