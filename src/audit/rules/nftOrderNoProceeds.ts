/** An NFT listing where you receive nothing at all (Rabby: "you receive nothing"). */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const nftOrderNoProceeds: Rule = {
  id: "nft-order-no-proceeds",
  severity: "danger",
  description: "A marketplace order that gives NFTs away while the signer receives nothing.",
  check(a) {
    return a.orders
      .filter((o) => o.side === "sell" && o.nftsOffered > 0 && o.itemsToOfferer === 0 && o.paidToOfferer === 0n && !o.otherPaymentToOfferer)
      .slice(0, 2)
      .map((o) =>
        finding(
          this,
          "You give NFTs and get nothing",
          `This ${o.market} order hands over ${o.nftsOffered} NFT${o.nftsOffered > 1 ? "s" : ""} and pays you nothing. Signing it lets anyone take them for free.`
        )
      )
  }
}
