import { describe, expect, it } from "vitest"
import { ids, permit, permit2Single, ROUTER, run, STRANGER, typed } from "../../../test/unit/audit/kit"

describe("typed-data-verifying-contract", () => {
  it("warns when a permit names the zero address as verifying contract", () => {
    expect(ids(run(permit(ROUTER, 10n, 1767229200, "0x0000000000000000000000000000000000000000")))).toContain("typed-data-verifying-contract")
  })
  it("warns when Permit2-shaped data is verified by another contract", () => {
    const req = permit2Single(ROUTER, 5n, 1767229200)
    const payload = JSON.parse((req.params as string[])[1])
    payload.domain.verifyingContract = STRANGER
    expect(ids(run({ ...req, params: [(req.params as string[])[0], JSON.stringify(payload)] }))).toContain("typed-data-verifying-contract")
    expect(ids(run(permit2Single(ROUTER, 5n, 1767229200)))).not.toContain("typed-data-verifying-contract")
  })
  it("ignores typed data that grants nothing", () => {
    expect(
      ids(run(typed("Mail", { Mail: [{ name: "c", type: "string" }] }, { name: "Mail", verifyingContract: "0x0000000000000000000000000000000000000000" }, { c: "x" })))
    ).not.toContain("typed-data-verifying-contract")
  })
  it("is quiet for a real token", () => {
    expect(ids(run(permit(ROUTER, 10n, 1767229200)))).not.toContain("typed-data-verifying-contract")
  })
})
