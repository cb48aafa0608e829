import { encodeAbiParameters, encodeFunctionData, parseAbi, parseAbiParameters } from "viem"
import { describe, expect, it } from "vitest"
import { NOW_S, run, severityOf, STRANGER, tx, USDC, USER, WETH } from "../../../test/unit/audit/kit"

const PM = "0xbd216513d74c8cf14cf4747e6aaa6420ff64ee9e"
const abi = parseAbi(["function modifyLiquidities(bytes unlockData, uint256 deadline)"])
const plan = (actions: number[], params: `0x${string}`[]) =>
  tx(
    PM,
    encodeFunctionData({
      abi,
      functionName: "modifyLiquidities",
      args: [
        encodeAbiParameters(parseAbiParameters("bytes actions, bytes[] params"), [`0x${actions.map((x) => x.toString(16).padStart(2, "0")).join("")}`, params]),
        BigInt(NOW_S + 600)
      ]
    })
  )
const decrease = encodeAbiParameters(parseAbiParameters("uint256 tokenId, uint256 liquidity, uint128 amount0Min, uint128 amount1Min, bytes hookData"), [
  42n,
  10n ** 18n,
  0n,
  0n,
  "0x"
])
const takePair = (to: string) => encodeAbiParameters(parseAbiParameters("address currency0, address currency1, address recipient"), [USDC, WETH, to as `0x${string}`])

describe("Uniswap v4 PositionManager plans", () => {
  it("reads a decrease + TAKE_PAIR to the user as safe", () => {
    expect(run(plan([0x01, 0x11], [decrease, takePair(USER)])).verdict).toBe("safe")
  })
  it("flags a decrease + TAKE_PAIR paying a stranger", () => {
    expect(severityOf(run(plan([0x01, 0x11], [decrease, takePair(STRANGER)])), "outflow-to-stranger")).toBe("danger")
  })
  it("keeps an unreadable plan unknown, never safe", () => {
    expect(run(tx(PM, encodeFunctionData({ abi, functionName: "modifyLiquidities", args: ["0x1234", 0n] }))).verdict).toBe("unknown")
  })
})
