import { describe, expect, it } from "vitest"

import { DEFAULT_SETTINGS, parseSettings, storedSettings } from "../shield/settings"
import { addCustomChain, chainRows, describeProbe, mayStoreRpc, setChainRpc } from "./chainSettings"
import { DEFAULT_RPC_URLS } from "./knownChains"
import type { RpcProbe } from "./probeRpc"

const okProbe = (chainId: number, matches: boolean): RpcProbe => ({ ok: true, host: "h", chainId, blockNumber: 12345, ms: 3, matches })

describe("chain settings", () => {
  it("lists every known chain with its default RPC, not overridden", () => {
    const rows = chainRows(DEFAULT_SETTINGS)
    expect(rows.map((r) => r.id)).toEqual([1, 8453, 42161, 10, 137, 56, 31337])
    expect(rows.every((r) => !r.overridden && !r.custom && r.rpcUrl === r.defaultRpcUrl)).toBe(true)
  })

  it("overrides a chain's RPC, and null brings the default back", () => {
    const s = setChainRpc(DEFAULT_SETTINGS, "10", " http://127.0.0.1:9545 ")
    expect(s.rpcUrls["10"]).toBe("http://127.0.0.1:9545")
    expect(chainRows(s).find((r) => r.id === 10)).toMatchObject({ overridden: true, defaultRpcUrl: DEFAULT_RPC_URLS["10"] })
    expect(setChainRpc(s, "10", null).rpcUrls["10"]).toBe(DEFAULT_RPC_URLS["10"])
    expect(() => setChainRpc(s, "10", "ftp://x")).toThrow(/http/)
    expect(() => setChainRpc(s, "-1", "http://x")).toThrow(/chain id/)
  })

  it("adds and removes a custom chain (its URL in rpcUrls, the shape the wallet reads)", () => {
    const s = addCustomChain(DEFAULT_SETTINGS, { id: 7777, name: "Test chain", nativeSymbol: "TST", rpcUrl: "http://127.0.0.1:7777" })
    expect(s.rpcUrls["7777"]).toBe("http://127.0.0.1:7777")
    expect(chainRows(s).at(-1)).toMatchObject({ id: 7777, name: "Test chain", nativeSymbol: "TST", custom: true })
    const back = parseSettings(JSON.parse(JSON.stringify(storedSettings(s))))
    expect(back.customChains).toEqual([{ id: 7777, name: "Test chain", nativeSymbol: "TST" }])
    const removed = setChainRpc(back, "7777", null)
    expect(removed.rpcUrls["7777"]).toBeUndefined()
    expect(removed.customChains).toEqual([])
    expect(chainRows(removed).some((r) => r.id === 7777)).toBe(false)
  })

  it("shows an RPC set for a chain it does not know (older settings) instead of hiding it", () => {
    const s = parseSettings({ rpcUrls: { "11155111": "https://sepolia.example" } })
    expect(chainRows(s).at(-1)).toMatchObject({ id: 11155111, name: "Chain 11155111", rpcUrl: "https://sepolia.example", custom: true })
  })

  it("stores an RPC only when it answers for its chain, or after the user confirmed", () => {
    expect(mayStoreRpc(okProbe(31337, true), false)).toBe(true)
    expect(mayStoreRpc(okProbe(1, false), false)).toBe(false)
    expect(mayStoreRpc(okProbe(1, false), true)).toBe(true)
    expect(mayStoreRpc({ ok: false, host: "h", error: "down", ms: 1 }, false)).toBe(false)
    expect(describeProbe(okProbe(1, false), 10)).toMatch(/chain 1, not chain 10/)
    expect(describeProbe(okProbe(10, true), 10)).toMatch(/^Chain 10, latest block 12,345/)
  })
})
