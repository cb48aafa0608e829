/** Native coin sent along with a token call: tokens do not take ETH; the coin is lost or stolen. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label } from "./helpers"

const TOKEN_FUNCTIONS = new Set(["transfer", "approve", "transferFrom", "increaseAllowance", "setApprovalForAll", "safeTransferFrom", "permit"])

export const valueToTokenContract: Rule = {
  id: "value-to-token-contract",
  severity: "danger",
  description: "Native value sent to a token contract or with a token-only function.",
  check(a) {
    const hits = a.calls.filter((c) => {
      if (c.value === 0n || !c.to) return false
      const isToken = a.ctx.token(c.to) !== undefined && !a.ctx.knownName(c.to)
      // Wrapped native takes ETH through deposit() or an empty call: not a mistake.
      if (a.ctx.isWrappedNative(c.to) && (c.functionName === "deposit" || c.data === "0x")) return false
      return isToken || (c.functionName !== undefined && TOKEN_FUNCTIONS.has(c.functionName))
    })
    return hits
      .slice(0, 2)
      .map((c) =>
        finding(this, "Coins sent to a token contract", `This sends native coin to ${label(a, c.to)} with a token call. Token contracts do not accept it: it is lost or taken.`)
      )
  }
}
