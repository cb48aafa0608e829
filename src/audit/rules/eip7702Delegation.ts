/**
 * EIP-7702: an authorisation lets a contract run code as your account, with all its assets. No JSON-RPC
 * method lets a dapp ask for one; one coming from a page is danger (the EIP's security section).
 */
import { short } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const eip7702Delegation: Rule = {
  id: "eip7702-delegation",
  severity: "danger",
  description: "An EIP-7702 authorisation (authorizationList or a signing request) supplied by a page.",
  check(a) {
    if (a.delegations.length === 0) return []
    const who = a.delegations
      .slice(0, 3)
      .map((d) => (d.address ? short(d.address) : "an unnamed contract"))
      .join(", ")
    const anyChain = a.delegations.some((d) => d.chainId === "0")
    return [
      finding(
        this,
        "Hands control of your account to a contract",
        `This EIP-7702 authorisation lets ${who} run any code as your account${anyChain ? " on every chain" : ""}, including moving all your assets. Wallets never need a website to ask for this.`
      )
    ]
  }
}
