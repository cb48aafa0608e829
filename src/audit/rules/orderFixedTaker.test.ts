import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, zeroExNftOrder } from "../../../test/unit/audit/kit"

const order = (taker: string) => zeroExNftOrder({ taker, amount: "2000000000000000000", nft: "0x8a90cab2b38dba80c64b7734e58ee1db38b8992e", id: "2516" })

describe("order-fixed-taker", () => {
  it("warns when only one named buyer can fill", () => {
    expect(severityOf(run(order(STRANGER)), "order-fixed-taker")).toBe("warning")
  })
  it("is quiet for an open order", () => {
    expect(run(order("0x0000000000000000000000000000000000000000")).verdict).toBe("safe")
  })
})
