import { describe, expect, it } from "vitest"
import { data, MAX, run, severityOf, STRANGER, typed, USDC } from "../../../test/unit/audit/kit"

const SAFE = "0x9999999999999999999999999999999999999999"
const TYPES = {
  SafeTx: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "operation", type: "uint8" },
    { name: "safeTxGas", type: "uint256" },
    { name: "baseGas", type: "uint256" },
    { name: "gasPrice", type: "uint256" },
    { name: "gasToken", type: "address" },
    { name: "refundReceiver", type: "address" },
    { name: "nonce", type: "uint256" }
  ]
}
const Z = "0x0000000000000000000000000000000000000000"
const safeTx = (to: string, calldata: string, operation: number) =>
  typed(
    "SafeTx",
    TYPES,
    { chainId: 1, verifyingContract: SAFE },
    { to, value: "0", data: calldata, operation: String(operation), safeTxGas: "0", baseGas: "0", gasPrice: "0", gasToken: Z, refundReceiver: Z, nonce: "7" }
  )

describe("safe-delegatecall", () => {
  it("is danger for a delegatecall to an unknown contract", () => {
    expect(severityOf(run(safeTx(STRANGER, "0xa9059cbb", 1)), "safe-delegatecall")).toBe("danger")
  })
  it("decodes the inner call of a Safe transaction like a transaction", () => {
    const r = run(safeTx(USDC, data.approve(STRANGER, MAX), 0))
    expect(severityOf(r, "safe-delegatecall")).toBeUndefined()
    expect(severityOf(r, "unlimited-approval")).toBe("warning")
    expect(r.decoded.calls[0]?.functionName).toBe("approve")
  })
})
