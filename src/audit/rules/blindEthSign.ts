/** eth_sign signs raw bytes: a transaction hash, an order hash or a 7702 authorisation digest alike. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const blindEthSign: Rule = {
  id: "blind-eth-sign",
  severity: "danger",
  description: "eth_sign asks for a blind signature over raw bytes.",
  check(a) {
    if (a.req.kind !== "eth-sign") return []
    const what = a.message?.bytes === 32 ? "a 32-byte hash" : `${a.message?.bytes ?? 0} raw bytes`
    return [
      finding(
        this,
        "Blind signature (eth_sign)",
        `The page asks you to sign ${what} you cannot read. It can be a transaction, an order or an account authorisation; wallets removed this method because it is used to steal funds.`
      )
    ]
  }
}
