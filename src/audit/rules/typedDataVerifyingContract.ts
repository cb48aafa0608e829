/** A permit or order whose domain names no real verifying contract cannot be what it claims. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { ZERO } from "./helpers"

const PERMIT2 = "0x000000000022d473030f116ddee9f6b43ac78ba3"

/** The contract a well-known standard must be verified by (same address on every chain they deploy to). */
function expectedName(standard: string | undefined): RegExp | undefined {
  if (standard === "Seaport") return /^Seaport /
  if (standard === "Blur") return /^Blur Exchange$/
  return undefined
}

export const typedDataVerifyingContract: Rule = {
  id: "typed-data-verifying-contract",
  severity: "warning",
  description: "A permit or order has no verifying contract (or the zero/signer address), or is shaped like Permit2/Seaport/Blur but verified by another contract.",
  check(a) {
    if (!a.domain || (a.grants.length === 0 && a.orders.length === 0)) return []
    const vc = a.domain.verifyingContract
    if (!vc || vc === ZERO || vc === a.req.from) {
      return [
        finding(this, "Permit or order with an odd verifying contract", "The signature's domain does not name a real contract, so it is unclear which contract would accept it.")
      ]
    }
    const std = a.domain.standard
    const pattern = expectedName(std)
    const impostor = (std?.startsWith("Permit2") && vc !== PERMIT2) || (pattern && !pattern.test(a.ctx.knownName(vc) ?? ""))
    if (!impostor) return []
    return [
      finding(
        this,
        `Looks like ${std} but is verified elsewhere`,
        `The message is shaped like ${std}, but its verifying contract ${vc} is not the ${std} contract. Ask the site why.`
      )
    ]
  }
}
