/** Listing an NFT for dust: the classic "sign this listing" drain. */
import { formatAmount } from "../decode/amount"
import type { Rule } from "./rule"
import { finding } from "./rule"

/** Below this (0.001 of the native coin) a sale price is dust for any NFT worth protecting. */
const DUST_WEI = 10n ** 15n

export const nftOrderNearZeroPrice: Rule = {
  id: "nft-order-near-zero-price",
  severity: "danger",
  description: "An NFT sell order priced at (almost) nothing in the native coin or its wrapped form.",
  check(a) {
    return a.orders
      .filter((o) => o.side === "sell" && o.nftsOffered > 0 && o.paidToOfferer > 0n && o.paidToOfferer < DUST_WEI && !o.otherPaymentToOfferer)
      .slice(0, 2)
      .map((o) =>
        finding(
          this,
          "NFT listed for almost nothing",
          `This ${o.market} order sells for ${formatAmount(o.paidToOfferer, a.ctx.token(undefined)).display}. Real listings are not priced like this.`
        )
      )
  }
}
