/**
 * An exchange agent or builder-fee approval (Hyperliquid `ApproveAgent` / `ApproveBuilderFee`): the key
 * cannot withdraw, but it can trade the whole account — against the thief's own orders in a thin market,
 * which is how phished agents were used. Danger when asked by a site other than the exchange's own, a
 * warning there (the exchange's own app approves a key it generated in the browser).
 */
import { short } from "../normalize/hex"
import { partyOf } from "../effects/parties"
import type { GrantEffect } from "../effects/types"
import type { Rule } from "./rule"
import { finding } from "./rule"

/** The exchange's own sites, by the typed-data domain they sign under. */
const OWN_SITES: readonly RegExp[] = [/(^|\.)hyperliquid\.xyz$/, /(^|\.)hyperliquid-testnet\.xyz$/]

export const tradingAgentApproval: Rule = {
  id: "trading-agent-approval",
  severity: "danger",
  description: "An exchange agent or builder-fee approval to an unknown key: danger off the exchange's own site, a warning on it.",
  check(a) {
    const g = a.effects.find((e): e is GrantEffect => e.type === "grant" && e.power === "trading-agent" && partyOf(a, e.to) !== "user" && partyOf(a, e.to) !== "history")
    if (!g) return []
    const host = a.req.originHost ?? ""
    const onSite = OWN_SITES.some((re) => re.test(host))
    const builder = g.via.includes("builder")
    return [
      finding(
        this,
        builder ? `Lets ${short(g.to)} charge fees on your trades` : `Lets ${short(g.to)} trade your exchange account`,
        `${g.via[0].toUpperCase()}${g.via.slice(1)} gives ${short(g.to)} the right to ${builder ? "take a fee on every order you place through it" : "place and cancel orders for your whole account; trades against its own orders can empty it"}.${onSite ? "" : " This page is not the exchange's own site."}`,
        onSite || builder ? "warning" : "danger"
      )
    ]
  }
}
