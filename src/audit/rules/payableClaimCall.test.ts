import { toFunctionSelector } from "viem"
import { describe, expect, it } from "vitest"
import { contract, eoa, run, severityOf, STRANGER, tx } from "../../../test/unit/audit/kit"

const CLAIM_REWARDS = toFunctionSelector("function claimRewards()")

describe("payable-claim-call", () => {
  it("is a warning without chain facts and danger when the target is a plain wallet or brand new", () => {
    expect(severityOf(run(tx(STRANGER, CLAIM_REWARDS, 10n ** 17n)), "payable-claim-call")).toBe("warning")
    expect(severityOf(run(tx(STRANGER, CLAIM_REWARDS, 10n ** 17n), eoa(STRANGER)), "payable-claim-call")).toBe("danger")
  })
  it("is quiet without value", () => {
    expect(severityOf(run(tx(STRANGER, CLAIM_REWARDS), contract(STRANGER)), "payable-claim-call")).toBeUndefined()
  })
})
