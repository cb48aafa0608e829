import { describe, expect, it } from "vitest"
import { BAYC, run, seaportOrder, severityOf, STRANGER, USDC, USER, WETH } from "../../../test/unit/audit/kit"

const FAKE_WETH = "0x0000000000000000000000000000000000fa4e00"

describe("order-poor-proceeds", () => {
  it("is danger for an NFT sold for a token not known on this chain (a fake WETH)", () => {
    const r = run(seaportOrder([{ token: BAYC, id: "1" }], [{ itemType: 1, token: FAKE_WETH, amount: 10n ** 20n, recipient: USER }]))
    expect(severityOf(r, "order-poor-proceeds")).toBe("danger")
  })
  it("is danger for an NFT sold for 1 USDC-wei, and for proceeds mostly paid to someone else", () => {
    expect(severityOf(run(seaportOrder([{ token: BAYC, id: "1" }], [{ itemType: 1, token: USDC, amount: 5n, recipient: USER }])), "order-poor-proceeds")).toBe("danger")
    const r = run(
      seaportOrder(
        [{ token: BAYC, id: "1" }],
        [
          { itemType: 1, token: USDC, amount: 10n ** 6n, recipient: USER },
          { itemType: 1, token: USDC, amount: 10n ** 10n, recipient: STRANGER }
        ]
      )
    )
    expect(severityOf(r, "order-poor-proceeds")).toBe("danger")
  })
  it("is quiet for a fair sale in USDC or WETH", () => {
    expect(
      severityOf(run(seaportOrder([{ token: BAYC, id: "1" }], [{ itemType: 1, token: USDC, amount: 30_000n * 10n ** 6n, recipient: USER }])), "order-poor-proceeds")
    ).toBeUndefined()
    expect(severityOf(run(seaportOrder([{ token: BAYC, id: "1" }], [{ itemType: 1, token: WETH, amount: 10n ** 19n, recipient: USER }])), "order-poor-proceeds")).toBeUndefined()
  })
})

describe("order-poor-proceeds with chain facts", () => {
  it("does not take a token's own symbol as proof of value", () => {
    const r = run(seaportOrder([{ token: BAYC, id: "1" }], [{ itemType: 1, token: FAKE_WETH, amount: 10n ** 20n, recipient: USER }]), {
      facts: { tokens: { [FAKE_WETH]: { symbol: "WETH", decimals: 18 } } }
    })
    expect(severityOf(r, "order-poor-proceeds")).toBe("danger")
  })
})
