/** A Safe transaction with operation = delegatecall runs foreign code with the Safe's full authority. */
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label } from "./helpers"

export const safeDelegatecall: Rule = {
  id: "safe-delegatecall",
  severity: "danger",
  description: "A Safe transaction that delegatecalls a contract that is not a known one (it can rewrite the Safe).",
  check(a) {
    return a.delegatecalls
      .slice(0, 1)
      .map((to) =>
        a.ctx.knownName(to)
          ? finding(this, "Safe delegatecall to a known contract", `${label(a, to)} would run as your Safe (operation = delegatecall).`, "info")
          : finding(
              this,
              "Your Safe would run foreign code",
              `operation = delegatecall lets ${label(a, to)} run with the Safe's full authority: change owners, move every asset. This is how the 2025 Bybit Safe was drained.`
            )
      )
  }
}
