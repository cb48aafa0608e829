/** Typed data of no kind the Shield knows, and no field it could place: never "safe", said plainly. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const unrecognisedTypedData: Rule = {
  id: "unrecognised-typed-data",
  severity: "unknown",
  description: "Typed data of a kind the Shield does not recognise (and no spender, receiver or amount it could place).",
  check(a) {
    if (a.req.kind !== "typed" && a.req.kind !== "typed-v1") return []
    const u = a.effects.find((e) => e.type === "unknown" && e.source === "request")
    if (u?.type !== "unknown") return []
    return [
      finding(this, "Not checked: unfamiliar signature", `This is ${u.what}. The Shield cannot tell what signing it allows; only sign if you trust the site and expected this.`)
    ]
  }
}
