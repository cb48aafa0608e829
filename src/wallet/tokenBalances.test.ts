import { encodeAbiParameters } from "viem"
import { describe, expect, it } from "vitest"

import { listedTokens, tokenBalances } from "./tokenBalances"

describe("tokenBalances", () => {
  it("asks balanceOf of every listed token in batches and keeps only non-zero, readable answers", async () => {
    const tokens = listedTokens(1)
    expect(tokens.length).toBeGreaterThan(100)
    const batches: number[] = []
    const usdc = tokens.find((t) => t.symbol === "USDC")!
    const owner = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    const result = await tokenBalances(1, owner, async (calls) => {
      batches.push(calls.length)
      return calls.map((c) => {
        const to = (c.params[0] as { to: string }).to
        if (to === usdc.address) return { result: encodeAbiParameters([{ type: "uint256" }], [1_500_000n]) }
        if (to === tokens[0]!.address) return { error: { code: -32000, message: "execution reverted" } }
        if (to === tokens[1]!.address) return { result: "0x" }
        return { result: encodeAbiParameters([{ type: "uint256" }], [0n]) }
      })
    })
    expect(batches.every((n) => n <= 100)).toBe(true)
    expect(batches.reduce((a, b) => a + b, 0)).toBe(tokens.length)
    expect(result).toEqual([{ address: usdc.address, symbol: "USDC", decimals: 6, raw: "1500000", display: "1.5 USDC" }])
  })

  it("lists nothing on a chain the list does not cover", async () => {
    expect(await tokenBalances(31337, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", async () => [])).toEqual([])
  })
})
