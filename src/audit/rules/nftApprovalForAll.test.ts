import { describe, expect, it } from "vitest"
import { BAYC, data, run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

describe("nft-approval-for-all", () => {
  it("warns on setApprovalForAll to an unknown operator", () => {
    expect(severityOf(run(tx(BAYC, data.setApprovalForAll(STRANGER))), "nft-approval-for-all")).toBe("warning")
  })
  it("is quiet for the OpenSea conduit", () => {
    const r = run(tx(BAYC, data.setApprovalForAll("0x1e0049783f008a0085193e00003d00cd54003c71")))
    expect(r.verdict).toBe("safe")
  })
  it("is quiet for a revoke", () => {
    expect(run(tx(BAYC, data.setApprovalForAll(STRANGER, false))).verdict).toBe("safe")
  })
})
