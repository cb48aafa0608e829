/** setApprovalForAll: one signature lets the operator take every NFT of the collection. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label, standing } from "./helpers"

export const nftApprovalForAll: Rule = {
  id: "nft-approval-for-all",
  severity: "warning",
  description: "setApprovalForAll to an operator that is not a known marketplace.",
  check(a) {
    return a.grants
      .filter((g) => g.kind === "nft-operator")
      .filter((g) => {
        const s = standing(a, g.spender)
        return s === "unverified" || s === "contract" || s === "tiny-contract"
      })
      .slice(0, 5)
      .map((g) =>
        finding(
          this,
          "Access to all your NFTs in a collection",
          `${label(a, g.spender)} could transfer every NFT you hold in ${label(a, g.token)}, now and later. It is not a marketplace the Shield knows.`
        )
      )
  }
}
