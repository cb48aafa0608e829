/** Calls to functions that only fake "claim" / "security update" contracts ask for. */
import { SCAM_SELECTORS_ALWAYS, SCAM_SELECTORS_WITH_VALUE } from "../known/scamSelectors"
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label } from "./helpers"

export const scamSelector: Rule = {
  id: "scam-selector",
  severity: "danger",
  description: "A function selector known from drainer contracts (some only when sent with value), or on the user's blocklist.",
  check(a) {
    const hits = a.calls.filter((c) => {
      if (!c.selector) return false
      if (SCAM_SELECTORS_ALWAYS.has(c.selector) || a.ctx.blockedSelectors.has(c.selector)) return true
      const withValue = SCAM_SELECTORS_WITH_VALUE.has(c.selector) || a.ctx.blockedSelectors.has(`${c.selector}:value`)
      // Our decoders only know the no-argument forms; a selector with arguments is a different function.
      return withValue && c.value > 0n && c.data.length <= 10
    })
    return hits
      .slice(0, 2)
      .map((c) =>
        finding(
          this,
          "Fake claim or security update",
          `${c.functionName ?? c.selector}${c.value > 0n ? " with coins attached" : ""} on ${label(a, c.to)}: this function is used by contracts that take the coins you send.`
        )
      )
  }
}
