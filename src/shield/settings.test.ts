import { describe, expect, it } from "vitest"

import { DEFAULT_RPC_URLS } from "../chains/knownChains"
import { chooseChains } from "./requestChain"
import { chainsToJudge, DEFAULT_SETTINGS, parseSettings, storedSettings, userSetChains } from "./settings"

describe("Shield settings: an RPC for every known chain out of the box", () => {
  it("has chain facts for every known chain with nothing stored", () => {
    expect(parseSettings(undefined).rpcUrls).toEqual(DEFAULT_RPC_URLS)
    expect(Object.keys(DEFAULT_SETTINGS.rpcUrls).sort()).toEqual(["1", "10", "137", "31337", "42161", "56", "8453"])
  })

  it("stores only what differs from the defaults, so a default updated later still reaches the user", () => {
    const s = parseSettings({ rpcUrls: { "1": "https://my-node.example", "10": DEFAULT_RPC_URLS["10"] } })
    expect(storedSettings(s).rpcUrls).toEqual({ "1": "https://my-node.example" })
    expect(parseSettings(storedSettings(s))).toEqual(s)
    // Settings stored before this release (the devnet's old default written out) read the same.
    expect(parseSettings({ rpcUrls: { "31337": "http://127.0.0.1:8545" }, sites: {} })).toEqual(DEFAULT_SETTINGS)
  })

  it("tells the user's own chains from the shipped ones, and tries them first", () => {
    const s = parseSettings({ rpcUrls: { "31337": "http://127.0.0.1:40000", "7777": "http://127.0.0.1:7777" } })
    expect(userSetChains(s).sort()).toEqual(["31337", "7777"])
    expect(chainsToJudge(s).slice(0, 2).sort()).toEqual(["31337", "7777"])
    // Untouched: the local devnet is tried before any public endpoint.
    expect(chainsToJudge(DEFAULT_SETTINGS)[0]).toBe("31337")
  })

  it("still judges on the user's own chain when the page claims another known chain", () => {
    const s = parseSettings({ rpcUrls: { "31337": "http://127.0.0.1:40000" } })
    const choice = chooseChains(undefined, "0x1", chainsToJudge(s), userSetChains(s))
    expect(choice.chains).toEqual(["1", "31337"])
    expect(choice.note).toMatch(/chain 1/)
    // The page's answer names the user's chain: that one only.
    expect(chooseChains(undefined, "0x7a69", chainsToJudge(s), userSetChains(s))).toEqual({ chains: ["31337"] })
    // The request names its chain: that one only, whatever the page says.
    expect(chooseChains(10, "0x1", chainsToJudge(s), userSetChains(s)).chains).toEqual(["10"])
  })
})
