/**
 * The default RPC table against viem/chains (the source it claims), and the options page's probe against a real
 * Anvil node: the chain id it answers, its latest block, a mismatch flagged, a dead endpoint reported.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Chain as ViemChain } from "viem"
import { arbitrum, base, bsc, foundry, mainnet, optimism, polygon } from "viem/chains"

import { freePort, rpc, startChain, type Chain } from "../../scripts/lib/chain"
import { DEFAULT_RPC_URLS, KNOWN_CHAINS } from "../../src/chains/knownChains"
import { probeRpc } from "../../src/chains/probeRpc"
import { DEFAULT_SETTINGS, parseSettings } from "../../src/shield/settings"

let chain: Chain
beforeAll(async () => {
  chain = await startChain()
})
afterAll(async () => chain?.stop())

describe("the default RPC table", () => {
  it("is every known chain's viem default, well-formed, and what the Shield uses with no settings", () => {
    // The viem export each chain comes from (several viem chains share an id, e.g. Base and its preconf RPC).
    const upstreams: ViemChain[] = [mainnet, base, arbitrum, optimism, polygon, bsc, foundry]
    expect(KNOWN_CHAINS.map((c) => c.id).sort()).toEqual(upstreams.map((c) => c.id).sort())
    for (const c of KNOWN_CHAINS) {
      const upstream = upstreams.find((u) => u.id === c.id)
      expect(upstream, `viem has chain ${c.id}`).toBeDefined()
      expect(c.defaultRpcUrl).toBe(upstream!.rpcUrls.default.http[0])
      expect(c.nativeSymbol).toBe(upstream!.nativeCurrency.symbol)
      expect(c.explorer).toBe(upstream!.blockExplorers?.default.url)
      const url = new URL(c.defaultRpcUrl)
      expect(url.username + url.password).toBe("")
      expect(url.protocol).toBe(c.local ? "http:" : "https:")
    }
    expect(parseSettings(undefined).rpcUrls).toEqual(DEFAULT_RPC_URLS)
    expect(DEFAULT_SETTINGS.rpcUrls["31337"]).toBe("http://127.0.0.1:8545")
  })
})

describe("probeRpc on a real node", () => {
  it("reports the chain id and latest block, and whether they match", async () => {
    await rpc(chain.rpcUrl, "anvil_mine", ["0x2"])
    const latest = Number.parseInt(await rpc<string>(chain.rpcUrl, "eth_blockNumber"), 16)
    expect(await probeRpc(chain.rpcUrl, 31337)).toMatchObject({ ok: true, chainId: 31337, blockNumber: latest, matches: true })
    expect(await probeRpc(chain.rpcUrl, 1)).toMatchObject({ ok: true, chainId: 31337, matches: false })
  })

  it("reports a dead endpoint without throwing", async () => {
    const dead = `http://127.0.0.1:${await freePort()}`
    const probe = await probeRpc(dead, 31337, 2000)
    expect(probe.ok).toBe(false)
    if (!probe.ok) expect(probe.error).toMatch(/could not reach RPC 127\.0\.0\.1/)
  })
})
