import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, typed, USER, WETH } from "../../../test/unit/audit/kit"

const TYPES = {
  ERC721Order: [
    { type: "uint8", name: "direction" },
    { type: "address", name: "maker" },
    { type: "address", name: "taker" },
    { type: "uint256", name: "expiry" },
    { type: "uint256", name: "nonce" },
    { type: "address", name: "erc20Token" },
    { type: "uint256", name: "erc20TokenAmount" },
    { type: "Fee[]", name: "fees" },
    { type: "address", name: "erc721Token" },
    { type: "uint256", name: "erc721TokenId" }
  ],
  Fee: [
    { type: "address", name: "recipient" },
    { type: "uint256", name: "amount" },
    { type: "bytes", name: "feeData" }
  ]
}
const order = (taker: string) =>
  typed(
    "ERC721Order",
    TYPES,
    { name: "ZeroEx", version: "1.0.0", chainId: 1, verifyingContract: "0xdef1c0ded9bec7f1a1670819833240f027b25eff" },
    {
      direction: "0",
      maker: USER,
      taker,
      expiry: "2524604400",
      nonce: "1",
      erc20Token: WETH,
      erc20TokenAmount: "2000000000000000000",
      fees: [],
      erc721Token: "0x8a90cab2b38dba80c64b7734e58ee1db38b8992e",
      erc721TokenId: "2516"
    }
  )

describe("order-fixed-taker", () => {
  it("warns when only one named buyer can fill", () => {
    expect(severityOf(run(order(STRANGER)), "order-fixed-taker")).toBe("warning")
  })
  it("is quiet for an open order", () => {
    expect(run(order("0x0000000000000000000000000000000000000000")).verdict).toBe("safe")
  })
})
