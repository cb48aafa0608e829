import { describe, expect, it } from "vitest"
import { BAYC, run, seaportOrder, severityOf, USER, WETH } from "../../../test/unit/audit/kit"

describe("nft-order-near-zero-price", () => {
  it("is danger for a listing at 100 wei", () => {
    expect(severityOf(run(seaportOrder([{ token: BAYC, id: "7" }], [{ amount: 100n, recipient: USER }])), "nft-order-near-zero-price")).toBe("danger")
  })
  it("counts WETH as the native coin", () => {
    expect(
      severityOf(run(seaportOrder([{ token: BAYC, id: "7" }], [{ itemType: 1, token: WETH, amount: 42_000_000_000_000n, recipient: USER }])), "nft-order-near-zero-price")
    ).toBe("danger")
  })
  it("is quiet for 0.5 ETH", () => {
    expect(severityOf(run(seaportOrder([{ token: BAYC, id: "7" }], [{ amount: 5n * 10n ** 17n, recipient: USER }])), "nft-order-near-zero-price")).toBeUndefined()
  })
})
