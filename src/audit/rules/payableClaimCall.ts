/**
 * Native coin sent with a "claim"/"airdrop"/"security update"-style call to a contract the Shield does not
 * know: the fake-claim drain (the contract simply keeps the coin). Danger when chain facts show the target
 * is a plain wallet, a tiny contract or brand new; warning without chain facts.
 */
import { CLAIM_SELECTORS } from "../known/claimSelectors"
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label, standing, tokenLabel } from "./helpers"
import { formatAmount } from "../decode/amount"

export const payableClaimCall: Rule = {
  id: "payable-claim-call",
  severity: "danger",
  description: "Native coin sent with a claim/airdrop/security-update style call to an unknown contract (danger with chain facts, warning without).",
  check(a) {
    const c = a.calls.find((x) => x.asUser && x.value > 0n && x.selector !== undefined && CLAIM_SELECTORS.has(x.selector) && !a.ctx.knownName(x.to) && !a.ctx.token(x.to))
    if (!c) return []
    const s = standing(a, c.to)
    const nonce = c.to ? a.ctx.facts.accounts?.[c.to]?.nonce : undefined
    const fresh = s === "eoa" || s === "tiny-contract" || s === "blocked" || (s === "contract" && nonce !== undefined && nonce <= 1)
    const amount = formatAmount(c.value, a.ctx.token(undefined)).display
    return [
      finding(
        this,
        'Pays to "claim" from an unknown contract',
        `This sends ${amount} to ${label(a, c.to)} with a claim-style call. Real airdrops do not ask for ${tokenLabel(a, undefined)}; fake claim contracts keep it.`,
        fresh ? "danger" : "warning"
      )
    ]
  }
}
