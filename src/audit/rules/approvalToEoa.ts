/** Allowance or operator rights to a plain wallet: contracts use allowances, thieves' wallets collect them. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { short } from "../normalize/hex"
import { standing, tokenLabel } from "./helpers"

export const approvalToEoa: Rule = {
  id: "approval-to-eoa",
  severity: "danger",
  description: "An approval, permit or setApprovalForAll whose spender is an externally owned account (needs chain facts).",
  check(a) {
    return a.grants
      .filter((g) => standing(a, g.spender) === "eoa")
      .slice(0, 5)
      .map((g) =>
        finding(
          this,
          "Allowance to a personal wallet",
          `${short(g.spender)} is a plain wallet, not a contract. Giving a wallet the right to move your ${g.kind === "nft-operator" ? "NFTs" : tokenLabel(a, g.token)} is how drainers work.`
        )
      )
  }
}
