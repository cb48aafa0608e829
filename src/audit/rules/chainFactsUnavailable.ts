/** Facts that could not be gathered (dead RPC, time-out) are reported, never silently skipped. */
import { cap } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const chainFactsUnavailable: Rule = {
  id: "chain-facts-unavailable",
  severity: "info",
  description: "Chain facts (code, nonce, token metadata) could not be fetched.",
  check(a) {
    const problems = Array.isArray(a.ctx.facts.problems) ? a.ctx.facts.problems : []
    if (problems.length === 0) return []
    return [
      finding(
        this,
        "Some on-chain checks could not run",
        `${problems
          .slice(0, 2)
          .map((p) => cap(String(p), 160))
          .join("; ")}. The verdict uses the request alone.`
      )
    ]
  }
}
