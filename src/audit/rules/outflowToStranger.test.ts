import { encodeFunctionData, parseAbi } from "viem"
import { describe, expect, it } from "vitest"
import { data, MAX, PERMIT2, ROUTER, run, sendCalls, severityOf, STRANGER, tx, USDC, USER } from "../../../test/unit/audit/kit"

const abi = parseAbi([
  "function transferFrom(address from, address to, uint160 amount, address token)",
  "function sweepToken(address token, uint256 amountMinimum, address recipient)"
])

describe("outflow-to-stranger", () => {
  it("is danger for the 7702 drain: approve + transfer to a fresh address in one batch", () => {
    const r = run(
      sendCalls([
        { to: USDC, data: data.approve(STRANGER, 5n) },
        { to: USDC, data: data.transfer(STRANGER, 10n ** 9n) },
        { to: STRANGER, value: 10n ** 18n }
      ])
    )
    expect(severityOf(r, "outflow-to-stranger")).toBe("danger")
    expect(r.decoded.effects?.some((e) => e.type === "outflow" && e.to === STRANGER)).toBe(true)
  })
  it("is danger for a Permit2 transferFrom to a stranger: a known contract does not make it safe", () => {
    const d = encodeFunctionData({ abi, functionName: "transferFrom", args: [USER, STRANGER, 10n ** 9n, USDC] })
    expect(severityOf(run(tx(PERMIT2, d)), "outflow-to-stranger")).toBe("danger")
  })
  it("is danger for a router sweep to a stranger", () => {
    const d = data.multicall([encodeFunctionData({ abi, functionName: "sweepToken", args: [USDC, 0n, STRANGER] })])
    expect(severityOf(run(tx(ROUTER, d)), "outflow-to-stranger")).toBe("danger")
  })
  it("notes the user's own native send, warns on a token send, and is quiet for someone in the history", () => {
    expect(severityOf(run(tx(STRANGER, "0x", 10n ** 17n)), "outflow-to-stranger")).toBe("info")
    expect(run(tx(STRANGER, "0x", 10n ** 17n)).verdict).toBe("safe")
    expect(severityOf(run(tx(USDC, data.transfer(STRANGER, 5n))), "outflow-to-stranger")).toBe("warning")
    expect(severityOf(run(tx(STRANGER, "0x", 10n ** 17n), { history: [STRANGER] }), "outflow-to-stranger")).toBeUndefined()
  })
  it("is quiet for a swap paid to the user", () => {
    expect(severityOf(run(tx(USDC, data.approve(ROUTER, MAX))), "outflow-to-stranger")).toBeUndefined()
  })
})

describe("outflow-to-stranger on signatures", () => {
  it("treats a Permit2 transfer signature to a stranger as the outflow it is, and to a known router as nothing", async () => {
    const { permit2Transfer, NOW_S } = await import("../../../test/unit/audit/kit")
    const sig = (spender: string) => permit2Transfer(spender, USDC, 5_000_000_000n, NOW_S + 1800)
    expect(severityOf(run(sig(STRANGER)), "outflow-to-stranger")).toBe("danger")
    expect(run(sig("0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad")).verdict).toBe("safe")
  })
})

describe("outflow-to-stranger on router plans", () => {
  it("does not flag a V2 route that pulls the input into the pair, but flags the same pull with no swap", async () => {
    const { UR, WETH } = await import("../../../test/unit/audit/kit")
    const PAIR = "0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc"
    const pull = { command: 0x02, types: ["address", "address", "uint160"], values: [USDC, PAIR, 10n ** 9n] }
    const swap = {
      command: 0x08,
      types: ["address", "uint256", "uint256", "address[]", "bool"],
      values: ["0x0000000000000000000000000000000000000001", 0n, 1n, [USDC, WETH], false]
    }
    expect(severityOf(run(tx(UR, data.routerPlan([pull, swap]))), "outflow-to-stranger")).toBeUndefined()
    expect(severityOf(run(tx(UR, data.routerPlan([pull]))), "outflow-to-stranger")).toBe("danger")
  })
})

describe("outflow-to-stranger on bridges to accounts on other chains", () => {
  it("warns when a bridge delivers to a bytes32 account that is not an EVM address (it cannot be related to you)", () => {
    const wormhole = "0x3ee18b2214aff97000d974cf647e7c347e8fa585"
    const calldata = encodeFunctionData({
      abi: parseAbi(["function transferTokens(address asset, uint256 amount, uint16 recipientChain, bytes32 recipient, uint256 arbiterFee, uint32 nonce)"]),
      functionName: "transferTokens",
      args: [USDC, 10n ** 9n, 1, `0x${"c3".repeat(32)}`, 0n, 1]
    })
    expect(severityOf(run(tx(wormhole, calldata)), "outflow-to-stranger")).toBe("warning")
  })
})

describe("outflow-to-stranger in an ERC-4337 user operation", () => {
  it("reads eth_sendUserOperation's callData as what the sender account runs", () => {
    const callData = encodeFunctionData({
      abi: parseAbi(["function execute(address target, uint256 value, bytes data)"]),
      functionName: "execute",
      args: [USDC, 0n, data.transfer(STRANGER, 10n ** 9n) as `0x${string}`]
    })
    const r = run({
      method: "eth_sendUserOperation",
      params: [{ sender: USER, nonce: "0x0", callData }, "0x0000000071727De22E5E9d8BAf0edAc6f37da032"],
      origin: "https://aa.example"
    })
    expect(r.verdict).not.toBe("safe")
    expect(severityOf(r, "outflow-to-stranger")).toBeDefined()
  })
})
