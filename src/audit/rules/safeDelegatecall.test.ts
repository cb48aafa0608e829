import { describe, expect, it } from "vitest"
import { encodeFunctionData, parseAbi } from "viem"
import { data, MAX, run, safeTx, severityOf, STRANGER, tx, USDC, USER } from "../../../test/unit/audit/kit"

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

describe("safe-delegatecall through account wrappers and cut-short payloads", () => {
  it("flags an ERC-7579 execute in delegatecall mode (0xff) to an unknown contract", () => {
    const abi = parseAbi(["function execute(bytes32 mode, bytes executionData)"])
    const data = encodeFunctionData({ abi, functionName: "execute", args: [`0xff${"0".repeat(62)}`, `${STRANGER}deadbeef`] })
    expect(severityOf(run(tx(USER, data)), "safe-delegatecall")).toBe("danger")
  })
  it("reads a MultiSend payload that does not parse exactly as far as it goes (a delegatecall in it counts)", () => {
    const MULTISEND = "0xa238cbeb142c10ef7ad8442c6d1f9e89e07e7761"
    const SAFE = "0x5afe5afe00a1b2c3d4e5f60718293a4b5c6d7e8f"
    // One item claiming 0x44 bytes of data but carrying 4: cut short.
    const blob = `0x01${STRANGER.slice(2)}${"0".repeat(64)}${"0".repeat(62)}44deadbeef`
    const inner = encodeFunctionData({ abi: parseAbi(["function multiSend(bytes transactions)"]), functionName: "multiSend", args: [blob as `0x${string}`] })
    const exec = encodeFunctionData({
      abi: parseAbi([
        "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures)"
      ]),
      functionName: "execTransaction",
      args: [MULTISEND, 0n, inner, 1, 0n, 0n, 0n, "0x0000000000000000000000000000000000000000", "0x0000000000000000000000000000000000000000", "0x"]
    })
    const r = run(tx(SAFE, exec))
    expect(severityOf(r, "safe-delegatecall")).toBe("danger")
  })
})
