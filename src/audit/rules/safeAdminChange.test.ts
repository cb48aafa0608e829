import { encodeFunctionData, parseAbi } from "viem"
import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, typed } from "../../../test/unit/audit/kit"

const abi = parseAbi(["function addOwnerWithThreshold(address owner, uint256 threshold)", "function setFallbackHandler(address handler)"])
const SAFE = "0x5afe000000000000000000000000000000005afe"
const SAFE_TX = {
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
const safeTx = (d: string) =>
  typed(
    "SafeTx",
    SAFE_TX,
    { chainId: 1, verifyingContract: SAFE },
    {
      to: SAFE,
      value: "0",
      data: d,
      operation: 0,
      safeTxGas: "0",
      baseGas: "0",
      gasPrice: "0",
      gasToken: "0x0000000000000000000000000000000000000000",
      refundReceiver: "0x0000000000000000000000000000000000000000",
      nonce: "1"
    }
  )

describe("safe-admin-change", () => {
  it("is danger when a Safe transaction adds an owner", () => {
    expect(severityOf(run(safeTx(encodeFunctionData({ abi, functionName: "addOwnerWithThreshold", args: [STRANGER, 1n] }))), "safe-admin-change")).toBe("danger")
  })
  it("only notes Safe's own fallback handler", () => {
    expect(
      severityOf(run(safeTx(encodeFunctionData({ abi, functionName: "setFallbackHandler", args: ["0xfd0732dc9e303f09fcef3a7388ad10a83459ec99"] }))), "safe-admin-change")
    ).toBe("info")
  })
})
