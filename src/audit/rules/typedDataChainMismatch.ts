/** Typed data bound to a chain other than the one the wallet is on. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const typedDataChainMismatch: Rule = {
  id: "typed-data-chain-mismatch",
  severity: "danger",
  description: "The typed data's domain chainId differs from the wallet's current chain (danger when it grants or sells assets).",
  check(a) {
    const signed = a.domain?.chainId
    if (signed === undefined || a.req.chainId === undefined || signed === a.req.chainId) return []
    // A permit or order for another chain is worse: it moves assets where you are not looking.
    const moves = a.grants.length > 0 || a.orders.length > 0
    return [
      finding(
        this,
        "Signature for another chain",
        `You are on chain ${a.req.chainId} but this signature is valid on chain ${signed}.${moves ? " It grants or sells assets there." : ""}`,
        moves ? "danger" : "warning"
      )
    ]
  }
}
