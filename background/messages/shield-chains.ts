import { addCustomChain, chainRows, mayStoreRpc, setChainRpc } from "~src/chains/chainSettings"
import { parseCustomChain } from "~src/chains/customChain"
import { ChainSettingError } from "~src/chains/errors"
import { probeRpc, type RpcProbe } from "~src/chains/probeRpc"
import type { ShieldSettings } from "~src/shield/settings"

import { handle } from "../handle"
import { loadSettings, updateSettings } from "../shield/stores"

const view = (s: ShieldSettings) => ({ rows: chainRows(s), rpcUrls: s.rpcUrls })

/**
 * The options page's "Chains & RPC" section: list the chains, test an endpoint (chain id, latest block), set or
 * reset a chain's RPC, add a custom chain. An endpoint is stored only when it answers for that chain, or when
 * the user confirms after seeing that it does not (or does not answer at all).
 */
export default handle("shield-chains", async (body) => {
  const action = body?.action
  if (action === "test") {
    const chainId = chainIdOf(body?.chainId)
    return { ...view(await loadSettings()), probe: await probeRpc(urlOf(body?.rpcUrl), chainId), saved: false }
  }
  if (action === "set") {
    const chainKey = String(chainIdOf(body?.chainId))
    const rpcUrl = body?.rpcUrl
    if (rpcUrl === null) return { ...view(await updateSettings((s) => setChainRpc(s, chainKey, null))), saved: true }
    const url = urlOf(rpcUrl)
    setChainRpc(await loadSettings(), chainKey, url) // validates before the network is asked
    const probe = await probeRpc(url, Number(chainKey))
    if (!mayStoreRpc(probe, body?.confirmed === true)) return { ...view(await loadSettings()), probe, saved: false }
    return { ...view(await updateSettings((s) => setChainRpc(s, chainKey, url))), probe, saved: true }
  }
  if (action === "add") {
    const chain = parseCustomChain({ ...(body?.chain ?? {}) } as Parameters<typeof parseCustomChain>[0])
    const probe: RpcProbe = await probeRpc(chain.rpcUrl, chain.id)
    if (!mayStoreRpc(probe, body?.confirmed === true)) return { ...view(await loadSettings()), probe, saved: false }
    return { ...view(await updateSettings((s) => addCustomChain(s, chain))), probe, saved: true }
  }
  return { ...view(await loadSettings()), saved: false }
})

function chainIdOf(value: unknown): number {
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : ""
  if (!/^\d{1,12}$/.test(text) || Number(text) < 1) throw new ChainSettingError("id", "The chain id must be a whole number (decimal).")
  return Number(text)
}

function urlOf(value: unknown): string {
  const url = typeof value === "string" ? value.trim() : ""
  // Validated by setChainRpc / parseCustomChain too; checked here so a test never fetches a non-HTTP URL.
  if (!/^https?:\/\//i.test(url)) throw new ChainSettingError("rpcUrl", "The RPC URL must start with http:// or https://.")
  return url
}
