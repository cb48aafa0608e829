/** The request says one thing, the simulation shows another: the simulation wins, and the gap is a warning. */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const simulationDisagrees: Rule = {
  id: "simulation-disagrees",
  severity: "warning",
  description: "The simulated asset changes or grants differ from what the request's own calls say (a fee taken on the way, another token moved, a hidden approval).",
  check(a) {
    const gaps = a.simulation?.disagreements ?? []
    if (!gaps.length) return []
    return [finding(this, "The simulation does not match the request", `${gaps.map((g) => cap(g, 200)).join(" ")} What the simulation shows is what would happen.`)]
  }
}
