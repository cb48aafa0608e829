import { describe, expect, it } from "vitest"
import { data, run, severityOf, STRANGER, tx, UR, USER } from "../../../test/unit/audit/kit"

const wrap = (recipient: string) => data.routerPlan([{ command: 0x0b, types: ["address", "uint256"], values: [recipient, 10n ** 18n] }])

describe("swap-output-to-third-party", () => {
  it("warns when the router sends output to a stranger", () => {
    expect(severityOf(run(tx(UR, wrap(STRANGER), 10n ** 18n)), "swap-output-to-third-party")).toBe("warning")
  })
  it("is quiet for MSG_SENDER and for the user", () => {
    expect(run(tx(UR, wrap("0x0000000000000000000000000000000000000001"), 10n ** 18n)).verdict).toBe("safe")
    expect(run(tx(UR, wrap(USER), 10n ** 18n)).verdict).toBe("safe")
  })
})
