import { describe, expect, it } from "vitest"
import { ids, permit, ROUTER, run } from "../../../test/unit/audit/kit"

describe("typed-data-verifying-contract", () => {
  it("warns when a permit names the zero address as verifying contract", () => {
    expect(ids(run(permit(ROUTER, 10n, 1767229200, "0x0000000000000000000000000000000000000000")))).toContain("typed-data-verifying-contract")
  })
  it("is quiet for a real token", () => {
    expect(ids(run(permit(ROUTER, 10n, 1767229200)))).not.toContain("typed-data-verifying-contract")
  })
})
