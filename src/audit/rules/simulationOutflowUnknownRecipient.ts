/**
 * What leaves decides: when the simulation shows assets leaving the user, nothing coming back, and the
 * assets ending with someone who is not known (not a listed contract, not a contract the user trusts, not an
 * address from the user's own history), that is danger — whatever the request claims and whichever contract
 * it calls. This is the one check that sees a lending `withdraw`, a vault `redeem`, a bridge deposit or a
 * "claim" whose recipient is a stranger, in contracts no decoder knows.
 * A recipient the request itself names in a plain transfer is the user's visible choice (the review shows it
 * under "you give", and the request rules judge it: poisoning, blocklist); what the request does not show
 * is what this rule is for. A known contract called on the way never excuses a stranger at the end.
 */
import type { Analysis } from "../decode/analysis"
import { short } from "../normalize/hex"
import { beneficiaries } from "../simulation/beneficiaries"
import { simulationView } from "../simulation/simulationView"
import { standing } from "./helpers"
import type { Rule } from "./rule"
import { finding } from "./rule"

/** The request itself sends to `address` in a plain transfer: coins with no call, or a decoded token transfer. */
function namedByRequest(a: Analysis, address: string): boolean {
  // A receiver read out of a protocol call's arguments (payoutArgs.ts) is not a plain transfer the user sees.
  return a.transfers.some(
    (t) => t.to === address && !t.via?.endsWith("paid to another address") && (t.kind !== "native" || a.calls.some((c) => c.to === address && c.data === "0x"))
  )
}

export const simulationOutflowUnknownRecipient: Rule = {
  id: "simulation-outflow-unknown-recipient",
  severity: "danger",
  description: "The simulation shows your assets leaving, nothing coming back, and an unknown address ending up with them.",
  check(a) {
    const r = a.simulation
    if (!r) return []
    if (!r.netByAsset.some((x) => x.raw < 0n) || r.netByAsset.some((x) => x.raw > 0n)) return []
    const strangers = beneficiaries(a, r).filter((b) => {
      const s = standing(a, b.address)
      return s !== "known" && !a.ctx.history.includes(b.address) && !namedByRequest(a, b.address)
    })
    if (!strangers.length) return []
    const leaving = (simulationView(a)?.give ?? []).slice(0, 3).map((m) => m.amount?.display ?? `${m.kind} #${m.tokenId ?? "?"}`)
    const who = strangers.slice(0, 3).map((b) => (b.via ? `${short(b.address)} (through ${short(b.via)})` : short(b.address)))
    return [
      finding(
        this,
        `Your assets go to ${who[0]} and nothing comes back`,
        `Simulated on your node: ${leaving.join(", ") || "assets"} leave your account and end with ${who.join(", ")}, an address you have not dealt with and that is not a known contract. You receive nothing in this transaction.`
      )
    ]
  }
}
