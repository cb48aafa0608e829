/**
 * Changes to the chains part of the Shield settings, as pure functions the options page's handler applies:
 * set or reset a chain's RPC, add or remove a custom chain, and the rule that an RPC is stored only when it
 * answered for the right chain or the user confirmed after seeing that it did not.
 */
import type { ShieldSettings } from "../shield/settings"
import { type CustomChain, isRpcUrl } from "./customChain"
import { ChainSettingError } from "./errors"
import { DEFAULT_RPC_URLS, KNOWN_CHAINS } from "./knownChains"
import type { RpcProbe } from "./probeRpc"

/** One row of the options page's chain table. */
export type ChainRow = {
  id: number
  name: string
  nativeSymbol: string
  rpcUrl: string
  /** The shipped endpoint (known chains only). */
  defaultRpcUrl?: string
  /** Who runs the shipped endpoint (host name). */
  rpcProvider?: string
  explorer?: string
  custom: boolean
  local: boolean
  /** True when the user's URL replaces the shipped one. */
  overridden: boolean
}

/** Known chains first (in their table's order), then custom chains, then any other chain with an RPC set. */
export function chainRows(s: ShieldSettings): ChainRow[] {
  const rows: ChainRow[] = KNOWN_CHAINS.map((c) => {
    const rpcUrl = s.rpcUrls[String(c.id)] ?? c.defaultRpcUrl
    return {
      id: c.id,
      name: c.name,
      nativeSymbol: c.nativeSymbol,
      rpcUrl,
      defaultRpcUrl: c.defaultRpcUrl,
      rpcProvider: c.rpcProvider,
      explorer: c.explorer,
      custom: false,
      local: !!c.local,
      overridden: rpcUrl !== c.defaultRpcUrl
    }
  })
  const seen = new Set(rows.map((r) => String(r.id)))
  for (const c of s.customChains) {
    const rpcUrl = s.rpcUrls[String(c.id)]
    if (!rpcUrl || seen.has(String(c.id))) continue
    seen.add(String(c.id))
    rows.push({ id: c.id, name: c.name, nativeSymbol: c.nativeSymbol, rpcUrl, custom: true, local: false, overridden: true })
  }
  // Set through the message API before custom chains existed: shown so that the user sees every endpoint in use.
  for (const [k, rpcUrl] of Object.entries(s.rpcUrls)) {
    if (seen.has(k)) continue
    rows.push({ id: Number(k), name: `Chain ${k}`, nativeSymbol: "?", rpcUrl, custom: true, local: false, overridden: true })
  }
  return rows
}

/** Sets a chain's RPC URL; `null` restores a known chain's default, or removes a custom chain entirely. */
export function setChainRpc(s: ShieldSettings, chainId: string, rpcUrl: string | null): ShieldSettings {
  if (!/^\d{1,12}$/.test(chainId) || Number(chainId) < 1) throw new ChainSettingError("id", "The chain id must be a whole number (decimal).")
  const rpcUrls = { ...s.rpcUrls }
  if (rpcUrl === null) {
    delete rpcUrls[chainId]
    if (DEFAULT_RPC_URLS[chainId]) rpcUrls[chainId] = DEFAULT_RPC_URLS[chainId]
    return { ...s, rpcUrls, customChains: s.customChains.filter((c) => String(c.id) !== chainId) }
  }
  const url = rpcUrl.trim()
  if (!isRpcUrl(url)) throw new ChainSettingError("rpcUrl", "The RPC URL must start with http:// or https://.")
  rpcUrls[chainId] = url
  return { ...s, rpcUrls }
}

/** Adds (or replaces) a custom chain and its RPC URL; the input is validated by `parseCustomChain` first. */
export function addCustomChain(s: ShieldSettings, chain: CustomChain & { rpcUrl: string }): ShieldSettings {
  const { rpcUrl, ...meta } = chain
  const next = setChainRpc(s, String(chain.id), rpcUrl)
  return { ...next, customChains: [...s.customChains.filter((c) => c.id !== chain.id), meta] }
}

/**
 * Whether an RPC may be stored now. Facts read from another chain than the one a request is for would be
 * wrong facts, so a URL that answers for another chain, or does not answer, is stored only after the user has
 * seen that and confirmed.
 */
export function mayStoreRpc(probe: RpcProbe, confirmed: boolean): boolean {
  return confirmed || (probe.ok && probe.matches)
}

/** A sentence for a probe, as the options page shows it. */
export function describeProbe(probe: RpcProbe, expectedChainId: number): string {
  if (!probe.ok) return `No answer from ${probe.host}: ${probe.error}`
  const block = `latest block ${probe.blockNumber.toLocaleString("en-US")}`
  if (probe.matches) return `Chain ${probe.chainId}, ${block} (${probe.ms} ms).`
  return `This endpoint is for chain ${probe.chainId}, not chain ${expectedChainId} (${block}). Facts from it would describe the wrong chain.`
}

/** The options page's chain actions (message `shield-chains`). `confirmed`: the user saw the probe and saves anyway. */
export type ShieldChainsRequest =
  | { action: "list" }
  | { action: "test"; chainId: string; rpcUrl: string }
  | { action: "set"; chainId: string; rpcUrl: string | null; confirmed?: boolean }
  | { action: "add"; chain: { id: string; name: string; nativeSymbol: string; rpcUrl: string }; confirmed?: boolean }

/** `saved` is false when the endpoint needs the user's confirmation (its probe says why). */
export type ShieldChainsResponse = { rows: ChainRow[]; rpcUrls: Record<string, string>; probe?: RpcProbe; saved: boolean }

/**
 * The native coin's symbol on a chain (ETH, POL, BNB, or a custom chain's), for balances and amounts; `undefined`
 * for a chain with an RPC URL but no name or symbol (set through the message API before custom chains existed).
 */
export function nativeSymbolOf(s: ShieldSettings, chainId: number): string | undefined {
  const row = chainRows(s).find((r) => r.id === chainId)
  return row && row.nativeSymbol !== "?" ? row.nativeSymbol : undefined
}
