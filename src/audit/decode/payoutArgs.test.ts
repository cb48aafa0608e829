import { encodeFunctionData, parseAbi } from "viem"
import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx, USDC, USER } from "../../../test/unit/audit/kit"
import { addressIn } from "./payoutArgs"

const abi = parseAbi([
  "function withdraw(address asset, uint256 amount, address to)",
  "function redeem(uint256 shares, address receiver, address owner)",
  "function unoswapTo(uint256 to, uint256 token, uint256 amount, uint256 minReturn, uint256 dex)",
  "function swapETH(uint16 dstChainId, address refundAddress, bytes to, uint256 amountLD, uint256 minAmountLD)",
  "function exitPool(bytes32 poolId, address sender, address recipient, (address[] assets, uint256[] minAmountsOut, bytes userData, bool toInternalBalance) request)"
])
const AAVE = "0x87870bca3f3fd6335c3f4ce8392d69350b4fa4e2"
const VAULT = "0x83f20f44975d03b1b09e64809b757c47f942beea"
const STARGATE_ETH = "0x150f94b44927f078737562f0fcf3c95c01cc2376"
const BALANCER = "0xba12222222228d8ba445958a75a0704d566bf2c8"
const ONEINCH = "0x111111125421ca6dc452d289314280a0f8842a65"
const OUT = "outflow-to-stranger"

describe("the generic receiver pass", () => {
  it("reads receivers written as address, bytes32, bytes or a 1inch uint256", () => {
    expect(addressIn("address", STRANGER.toUpperCase().replace("0X", "0x"))).toBe(STRANGER)
    expect(addressIn("bytes32", `0x${"0".repeat(24)}${STRANGER.slice(2)}`)).toBe(STRANGER)
    expect(addressIn("bytes32", `0x${"1".repeat(64)}`)).toBeUndefined()
    expect(addressIn("bytes", STRANGER)).toBe(STRANGER)
    expect(addressIn("uint256", (1n << 200n) | BigInt(STRANGER))).toBe(STRANGER)
    expect(addressIn("uint256", 5n)).toBeUndefined()
  })
  it("is danger when a withdrawal, redemption, bridge or pool exit pays someone else, and quiet when it pays the user", () => {
    const cases = (to: string) => [
      tx(AAVE, encodeFunctionData({ abi, functionName: "withdraw", args: [USDC, 10n ** 9n, to as `0x${string}`] })),
      tx(VAULT, encodeFunctionData({ abi, functionName: "redeem", args: [10n ** 21n, to as `0x${string}`, USER] })),
      tx(STARGATE_ETH, encodeFunctionData({ abi, functionName: "swapETH", args: [110, USER, to as `0x${string}`, 10n ** 18n, 0n] }), 10n ** 18n),
      tx(
        BALANCER,
        encodeFunctionData({
          abi,
          functionName: "exitPool",
          args: [`0x${"ab".repeat(32)}`, USER, to as `0x${string}`, { assets: [], minAmountsOut: [], userData: "0x", toInternalBalance: false }]
        })
      ),
      tx(ONEINCH, encodeFunctionData({ abi, functionName: "unoswapTo", args: [BigInt(to), BigInt(USDC), 10n ** 9n, 0n, 1n] }))
    ]
    for (const r of cases(STRANGER)) {
      expect(severityOf(run(r), OUT)).toBe("danger")
      expect(run(r, { history: [STRANGER] }).verdict).not.toBe("danger")
    }
    for (const r of cases(USER)) expect(run(r).verdict).toBe("safe")
  })
  it("never reads the owner a redemption takes shares from as a receiver", () => {
    const r = tx(VAULT, encodeFunctionData({ abi, functionName: "redeem", args: [10n ** 21n, USER, STRANGER] }))
    expect(severityOf(run(r), OUT)).toBeUndefined()
  })
})
