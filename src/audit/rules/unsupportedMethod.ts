/** Methods the Shield does not decode are reported as unchecked, never as safe. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const unsupportedMethod: Rule = {
  id: "unsupported-method",
  severity: "unknown",
  description: "The method is not one the Shield decodes.",
  check(a) {
    if (a.req.kind !== "unsupported") return []
    return [finding(this, "Not checked: unfamiliar signing method", `${a.req.problems[0] ?? "The method is not decoded"}. Nothing about it was checked.`)]
  }
}
