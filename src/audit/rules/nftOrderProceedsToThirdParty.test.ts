import { describe, expect, it } from "vitest"
import { BAYC, run, seaportOrder, severityOf, STRANGER, USER } from "../../../test/unit/audit/kit"

describe("nft-order-proceeds-to-third-party", () => {
  it("is danger when most of the payment goes to someone else", () => {
    const r = run(
      seaportOrder(
        [{ token: BAYC, id: "1" }],
        [
          { amount: 10n ** 16n, recipient: USER },
          { amount: 9n * 10n ** 18n, recipient: STRANGER }
        ]
      )
    )
    expect(severityOf(r, "nft-order-proceeds-to-third-party")).toBe("danger")
  })
  it("is quiet for a 2.5 % marketplace fee", () => {
    const r = run(
      seaportOrder(
        [{ token: BAYC, id: "1" }],
        [
          { amount: 975n * 10n ** 16n, recipient: USER },
          { amount: 25n * 10n ** 16n, recipient: "0x0000a26b00c1f0df003000390027140000faa719" }
        ]
      )
    )
    expect(r.verdict).toBe("safe")
  })
})
