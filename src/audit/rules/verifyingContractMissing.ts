/** A permit or order whose domain names no real verifying contract cannot be what it claims. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { ZERO } from "./helpers"

export const verifyingContractMissing: Rule = {
  id: "typed-data-verifying-contract",
  severity: "warning",
  description: "A permit or order has no verifying contract, the zero address, or the signer's own address.",
  check(a) {
    if (!a.domain || (a.grants.length === 0 && a.orders.length === 0)) return []
    const vc = a.domain.verifyingContract
    if (vc && vc !== ZERO && vc !== a.req.from) return []
    return [finding(this, "Permit or order with an odd verifying contract", "The signature's domain does not name a real contract, so it is unclear which contract would accept it.")]
  }
}
