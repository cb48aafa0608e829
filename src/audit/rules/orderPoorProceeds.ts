/**
 * Orders judged on both sides, in any currency: what the signer gives against what comes back to them.
 * Danger when nothing comes back, when it is dust, when it is paid in a token that is not known on this
 * chain (a look-alike "WETH" is not payment), or when most of it goes to someone else.
 */
import { short } from "../normalize/hex"
import { worthOf } from "../effects/parties"
import type { Inflow, Outflow } from "../effects/types"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const orderPoorProceeds: Rule = {
  id: "order-poor-proceeds",
  severity: "danger",
  description: "An order whose proceeds to you are nothing, dust, an unknown token, or mostly paid to someone else.",
  check(a) {
    const groups = new Map<string, { give: Outflow[]; get: Inflow[] }>()
    for (const e of a.effects) {
      if ((e.type !== "outflow" && e.type !== "inflow") || !e.group || e.source !== "request") continue
      const g = groups.get(e.group) ?? { give: [], get: [] }
      if (e.type === "outflow") g.give.push(e)
      else g.get.push(e)
      groups.set(e.group, g)
    }
    const out = []
    for (const [, g] of groups) {
      if (out.length >= 2) break
      const gives = g.give.filter((e) => e.asset.kind === "erc721" || e.asset.kind === "erc1155" || e.amount === undefined || e.amount !== "0")
      if (gives.length === 0) continue
      const user = a.req.from ?? g.get.find((x) => x.asset.kind !== "erc721")?.to
      const toUser = g.get.filter((x) => x.to === user || x.to === undefined)
      const toOthers = g.get.filter((x) => x.to !== undefined && x.to !== user)
      const worths = toUser.map((x) => worthOf(a, x.asset, x.amount))
      const givesNft = gives.some((e) => e.asset.kind === "erc721" || e.asset.kind === "erc1155")
      const via = gives[0].via
      if (worths.includes("nft") || worths.includes("valuable")) {
        // Most of the same asset to others: the "fee" is the price.
        const key = (x: Inflow) => `${x.asset.kind}:${x.asset.token ?? ""}`
        const sum = (xs: Inflow[], k: string) => xs.filter((x) => key(x) === k && x.amount && /^[0-9]+$/.test(x.amount)).reduce((s, x) => s + BigInt(x.amount!), 0n)
        const main = toUser.find((x) => x.asset.kind !== "erc721" && x.asset.kind !== "erc1155")
        if (main && sum(toOthers, key(main)) > sum(toUser, key(main))) {
          out.push(finding(this, "Most of the price goes to someone else", `In this ${via}, ${short(toOthers[0].to)} receives more of the payment than you do.`))
        }
        continue
      }
      if (worths.includes("dust")) {
        out.push(finding(this, "Sold for almost nothing", `This ${via} gives away ${givesNft ? "NFTs" : "tokens"} for a dust amount.`))
      } else if (worths.includes("unknown-token")) {
        out.push(
          finding(
            this,
            "Paid in a token the Shield does not know",
            `This ${via} pays you in ${short(toUser[0].asset.token)}, which is not a known token on this chain (a look-alike "WETH" or "USDC" is worth nothing).`,
            givesNft ? "danger" : "warning"
          )
        )
      } else {
        out.push(
          finding(
            this,
            "You give and get nothing back",
            `This ${via} gives away ${givesNft ? "NFTs" : "tokens"}${toOthers.length ? `; what it is paid goes to ${short(toOthers[0].to)}` : " and pays you nothing"}.`
          )
        )
      }
    }
    return out
  }
}
