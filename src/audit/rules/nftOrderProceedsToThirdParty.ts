/** An order whose proceeds mostly go to someone else (Rabby: "proceeds do not reach you"). */
import { short } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const nftOrderProceedsToThirdParty: Rule = {
  id: "nft-order-proceeds-to-third-party",
  severity: "danger",
  description: "A marketplace order that sends NFTs, or most of the payment, to a third party.",
  check(a) {
    return a.orders
      .filter((o) => o.side === "sell" && o.nftsOffered > 0)
      .filter((o) => o.nftsToOthers > 0 || (o.paidToOthers > 0n && o.paidToOthers >= o.paidToOfferer))
      .slice(0, 2)
      .map((o) =>
        finding(
          this,
          "Order pays someone else",
          `In this ${o.market} order ${o.nftsToOthers > 0 ? `${o.nftsToOthers} item(s) go` : "most of the payment goes"} to ${o.otherRecipients.slice(0, 2).map(short).join(", ") || "another address"}, not to you.`
        )
      )
  }
}
