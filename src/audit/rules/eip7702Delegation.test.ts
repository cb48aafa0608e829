import { describe, expect, it } from "vitest"
import { run, severityOf, tx, USER } from "../../../test/unit/audit/kit"

describe("eip7702-delegation", () => {
  it("is danger for an authorizationList from a page", () => {
    const r = run(tx(USER, "0x", 0n, { type: "0x4", authorizationList: [{ chainId: "0x1", address: "0x7702000000000000000000000000000000000bad", nonce: "0x0" }] }))
    expect(severityOf(r, "eip7702-delegation")).toBe("danger")
    expect(r.decoded.delegations?.[0]?.address).toBe("0x7702000000000000000000000000000000000bad")
  })
  it("is danger for a standalone authorisation request", () => {
    expect(run({ method: "wallet_signAuthorization", params: [{ chainId: 0, contractAddress: "0x7702000000000000000000000000000000000bad", nonce: 1 }] }).verdict).toBe("danger")
  })
  it("is quiet for a plain transaction", () => {
    expect(severityOf(run(tx(USER, "0x", 1n)), "eip7702-delegation")).toBeUndefined()
  })
})
