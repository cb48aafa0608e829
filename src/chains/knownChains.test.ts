import { describe, expect, it } from "vitest"

import { DEFAULT_RPC_URLS, KNOWN_CHAINS, knownChain } from "./knownChains"

describe("known chains", () => {
  it("ships Ethereum, Base, Arbitrum, Optimism, Polygon, BNB and the local devnet, once each", () => {
    expect(KNOWN_CHAINS.map((c) => c.id)).toEqual([1, 8453, 42161, 10, 137, 56, 31337])
    expect(new Set(KNOWN_CHAINS.map((c) => c.id)).size).toBe(KNOWN_CHAINS.length)
  })

  it("gives each chain an https default RPC (the devnet: this computer) and names who runs it", () => {
    for (const c of KNOWN_CHAINS) {
      const url = new URL(c.defaultRpcUrl)
      if (c.local) expect(url.hostname).toBe("127.0.0.1")
      else expect(url.protocol).toBe("https:")
      expect(c.rpcProvider).toBe(url.host)
      expect(DEFAULT_RPC_URLS[String(c.id)]).toBe(c.defaultRpcUrl)
    }
    expect(KNOWN_CHAINS.filter((c) => c.local).map((c) => c.id)).toEqual([31337])
  })

  it("has the native symbol, explorer and wrapped coin the wallet shows", () => {
    expect(knownChain(137)).toMatchObject({ nativeSymbol: "POL", wrappedNative: "0x0d500b1d8e8ef31e21c99d1db9a6444d3adf1270" })
    expect(knownChain("56")).toMatchObject({ nativeSymbol: "BNB", explorer: "https://bscscan.com" })
    expect(knownChain(8453)?.wrappedNative).toBe("0x4200000000000000000000000000000000000006")
    expect(knownChain(31337)?.name).toBe("Local devnet")
    for (const c of KNOWN_CHAINS.filter((k) => !k.local)) expect(c.explorer).toMatch(/^https:\/\//)
  })

  it("finds nothing for unknown or malformed ids", () => {
    expect(knownChain(5)).toBeUndefined()
    expect(knownChain("0x1")).toBeUndefined()
    expect(knownChain("")).toBeUndefined()
  })

  it("cannot be changed at run time", () => {
    expect(() => {
      ;(DEFAULT_RPC_URLS as Record<string, string>)["1"] = "https://evil.example"
    }).toThrow()
  })
})
