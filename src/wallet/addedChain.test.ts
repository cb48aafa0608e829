import { describe, expect, it } from "vitest"

import { DEFAULT_SETTINGS } from "../shield/settings"
import { addCustomChain, nativeSymbolOf } from "../chains/chainSettings"
import { addedChainMeta } from "./addedChain"

describe("addedChainMeta", () => {
  it("keeps a page-added chain's name and coin symbol", () => {
    expect(addedChainMeta(1337, { chainName: "Second devnet", nativeCurrency: { name: "Ether", symbol: "GO", decimals: 18 } })).toEqual({
      id: 1337,
      name: "Second devnet",
      nativeSymbol: "GO",
      known: false
    })
  })

  it("names a chain it cannot show 'Chain <id>', and refuses coins it cannot display", () => {
    expect(addedChainMeta(1337, { chainName: "bad\u202ename", nativeCurrency: { symbol: "GO", decimals: 18 } }).name).toBe("Chain 1337")
    expect(() => addedChainMeta(1337, { chainName: "X", nativeCurrency: { symbol: "<b>", decimals: 18 } })).toThrow(/symbol/)
    expect(() => addedChainMeta(1337, { chainName: "X", nativeCurrency: { symbol: "GO", decimals: 6 } })).toThrow(/18 decimals/)
    expect(() => addedChainMeta(1337, { chainName: "X", nativeCurrency: "GO" })).toThrow(/nativeCurrency/)
  })

  it("a chain Mamori ships keeps its own name and coin, whatever the page says", () => {
    expect(addedChainMeta(137, { chainName: "Totally Ethereum", nativeCurrency: { symbol: "ETH", decimals: 18 } })).toMatchObject({
      name: "Polygon",
      nativeSymbol: "POL",
      known: true
    })
  })
})

describe("nativeSymbolOf", () => {
  it("is each chain's own coin, not always ETH", () => {
    expect(nativeSymbolOf(DEFAULT_SETTINGS, 1)).toBe("ETH")
    expect(nativeSymbolOf(DEFAULT_SETTINGS, 137)).toBe("POL")
    expect(nativeSymbolOf(DEFAULT_SETTINGS, 56)).toBe("BNB")
    const custom = addCustomChain(DEFAULT_SETTINGS, { id: 7777, name: "Test chain", nativeSymbol: "TST", rpcUrl: "http://127.0.0.1:7777" })
    expect(nativeSymbolOf(custom, 7777)).toBe("TST")
    expect(nativeSymbolOf({ ...DEFAULT_SETTINGS, rpcUrls: { ...DEFAULT_SETTINGS.rpcUrls, "4242": "http://127.0.0.1:1" } }, 4242)).toBeUndefined()
  })
})
