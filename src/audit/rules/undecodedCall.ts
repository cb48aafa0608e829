/** Calldata the Shield cannot read, to a contract it does not know: not judged safe. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label } from "./helpers"

export const undecodedCall: Rule = {
  id: "undecoded-call",
  severity: "unknown",
  description: "A call with calldata that could not be decoded.",
  check(a) {
    const top = a.calls.filter((c) => c.asUser && c.data.length >= 10 && !c.functionName)
    if (top.length === 0) return []
    const unknownTarget = top.filter((c) => !a.ctx.knownName(c.to))
    if (unknownTarget.length === 0) {
      return [finding(this, "Call to a known contract, not decoded", `The call to ${label(a, top[0].to)} uses a function the Shield does not decode.`, "info")]
    }
    const c = unknownTarget[0]
    return [finding(this, "Could not decode this call", `Function ${c.selector} on ${label(a, c.to)} is not one the Shield knows, so what it does was not checked.`)]
  }
}
