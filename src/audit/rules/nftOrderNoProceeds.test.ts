import { describe, expect, it } from "vitest"
import { BAYC, run, seaportOrder, severityOf, STRANGER, USER } from "../../../test/unit/audit/kit"

describe("nft-order-no-proceeds", () => {
  it("is danger when the listing pays the offerer nothing", () => {
    const r = run(seaportOrder([{ token: BAYC, id: "1" }], [{ itemType: 2, token: BAYC, id: "1", amount: 1n, recipient: STRANGER }]))
    expect(severityOf(r, "nft-order-no-proceeds")).toBe("danger")
  })
  it("is quiet for a priced listing", () => {
    expect(severityOf(run(seaportOrder([{ token: BAYC, id: "1" }], [{ amount: 10n ** 19n, recipient: USER }])), "nft-order-no-proceeds")).toBeUndefined()
  })
})
