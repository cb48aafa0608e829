/**
 * A call the Shield cannot decode whose arguments name an address that is neither you, a known contract or
 * listed token, nor in your history. What the call gives that address was not read, but value or power
 * may go there (a withdrawal "to" it, an operator or delegate set to it): a warning, to any target —
 * a well-known contract does not make the call safe. The clearer shapes (an unlimited amount, a flag
 * switched on for it, you named beside it) are already effects, judged by the grant and outflow rules.
 * When a simulation ran, it answers where the value went, and this guess is not made.
 */
import { readUnreadArgs } from "../decode/unreadArgs"
import { short } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label } from "./helpers"

export const unreadCallNamesStranger: Rule = {
  id: "unread-call-names-stranger",
  severity: "warning",
  description: "A call the Shield cannot decode names an address that is not you, not a known contract and not in your history.",
  check(a) {
    // A simulation that ran shows where the value really went (its own rules judge that).
    if (a.simulation) return []
    for (const c of a.calls.slice(0, 64)) {
      if (!c.asUser || c.functionName || c.data.length < 10 + 64) continue
      const named = readUnreadArgs(a, c.to, c.data).strangers
      if (named.length === 0) continue
      return [
        finding(
          this,
          "Unread call names an unknown address",
          `Function ${c.data.slice(0, 10)} on ${label(a, c.to)} is not decoded, and its arguments name ${named.slice(0, 2).map(short).join(", ")}, which is not you, not a known contract and not in your history. It may send your assets or a permission there.`
        )
      ]
    }
    return []
  }
}
