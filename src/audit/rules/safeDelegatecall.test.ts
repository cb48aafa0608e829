import { describe, expect, it } from "vitest"
import { data, MAX, run, safeTx, severityOf, STRANGER, USDC } from "../../../test/unit/audit/kit"

const SAFE = "0x9999999999999999999999999999999999999999"
const safeCall = (to: string, calldata: string, operation: number) => safeTx(SAFE, to, calldata, operation, 0n, "7")

describe("safe-delegatecall", () => {
  it("is danger for a delegatecall to an unknown contract", () => {
    expect(severityOf(run(safeCall(STRANGER, "0xa9059cbb", 1)), "safe-delegatecall")).toBe("danger")
  })
  it("decodes the inner call of a Safe transaction like a transaction", () => {
    const r = run(safeCall(USDC, data.approve(STRANGER, MAX), 0))
    expect(severityOf(r, "safe-delegatecall")).toBeUndefined()
    expect(severityOf(r, "unlimited-approval")).toBe("warning")
    expect(r.decoded.calls[0]?.functionName).toBe("approve")
  })
})
