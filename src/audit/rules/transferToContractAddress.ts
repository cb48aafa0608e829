/** Tokens sent to a token contract or a well-known contract: no one can send them back. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label, tokenLabel, ZERO } from "./helpers"

export const transferToContractAddress: Rule = {
  id: "transfer-to-contract-address",
  severity: "warning",
  description: "A token transfer to the token's own contract, another token contract, a known router, or the zero address.",
  check(a) {
    const bad = a.transfers.filter((t) => t.kind === "erc20" && t.to && (t.to === t.token || t.to === ZERO || a.ctx.token(t.to) !== undefined || a.ctx.knownName(t.to)))
    return bad.slice(0, 2).map((t) => finding(this, "Tokens sent where they get stuck", `${tokenLabel(a, t.token)} would go to ${label(a, t.to)}, which cannot send them back.`))
  }
}
