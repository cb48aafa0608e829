/** An order only one named address can fill: a private sale, often to the scammer. */
import { short } from "../normalize/hex"
import type { Rule } from "./rule"
import { finding } from "./rule"

export const orderFixedTaker: Rule = {
  id: "order-fixed-taker",
  severity: "warning",
  description: "A sell order that only one named buyer can fill.",
  check(a) {
    return a.orders
      .filter((o) => o.side === "sell" && o.taker && o.taker !== a.req.from)
      .slice(0, 1)
      .map((o) => finding(this, "Private sale to one buyer", `Only ${short(o.taker)} can buy under this order. Make sure you know who that is.`))
  }
}
