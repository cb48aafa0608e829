/**
 * Parts of the request that cannot be read safely (getters, objects with their own toString, keys such as
 * __proto__, undeclared typed-data domain fields, calldata beyond what is decoded). They add "not checked";
 * whatever the rest of the request does is still judged, so they can never make a verdict milder.
 */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const unreadableField: Rule = {
  id: "unreadable-field",
  severity: "unknown",
  description: "A field that cannot be read safely (getter, odd object, __proto__-style key, undeclared domain field); the rest is still judged.",
  check(a) {
    if (a.unreadable.length === 0) return []
    return [finding(this, "Parts of this request could not be read", `${a.unreadable.slice(0, 3).join("; ")}. The rest of the request was still checked.`)]
  }
}
