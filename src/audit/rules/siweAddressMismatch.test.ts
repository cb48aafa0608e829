import { describe, expect, it } from "vitest"
import { ids, run, siwe } from "../../../test/unit/audit/kit"

describe("siwe-address-mismatch", () => {
  it("warns when the message names another account", () => {
    expect(ids(run(siwe("app.example.org", "https://app.example.org", "0x2222222222222222222222222222222222222222")))).toContain("siwe-address-mismatch")
  })
  it("is quiet for the signer's own account", () => {
    expect(ids(run(siwe("app.example.org", "https://app.example.org")))).not.toContain("siwe-address-mismatch")
  })
})
