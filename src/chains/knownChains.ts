/**
 * The chains Mamori knows out of the box: the wallet, the Shield and the options page read this one table.
 * Names, native symbols, explorers and default RPC URLs come from `viem/chains` (maintained upstream, so a
 * provider that retires its endpoint is fixed by a viem update, not by editing a copy here); the wrapped
 * native coin comes from the Shield's token directory, which already defines it per chain.
 */
import type { Chain } from "viem"
import { arbitrum, base, bsc, foundry, mainnet, optimism, polygon } from "viem/chains"

import { WRAPPED_NATIVE_BY_CHAIN } from "../audit/known/tokenDirectory"

export type ChainInfo = {
  id: number
  name: string
  nativeSymbol: string
  /** Block explorer home page, when the chain has one. */
  explorer?: string
  /** The public RPC endpoint used when the user has not set one (`rpcUrls.default.http[0]` in viem). */
  defaultRpcUrl: string
  /** Who runs that endpoint, as a host name: what the options page names in its privacy note. */
  rpcProvider: string
  /** The wrapped native coin (WETH, WPOL, WBNB), lower-case. */
  wrappedNative?: string
  /** The local development chain (Anvil): its default RPC is this computer, not a public provider. */
  local?: boolean
}

/** The local devnet keeps its own name: viem calls chain 31337 "Foundry". */
const SOURCES: readonly { chain: Chain; name?: string; local?: boolean }[] = [
  { chain: mainnet },
  { chain: base },
  { chain: arbitrum },
  { chain: optimism },
  { chain: polygon },
  { chain: bsc },
  { chain: foundry, name: "Local devnet", local: true }
]

export const KNOWN_CHAINS: readonly ChainInfo[] = SOURCES.map(({ chain, name, local }) => {
  const url = chain.rpcUrls.default.http[0]
  if (!url) throw new Error(`viem/chains has no default RPC URL for chain ${chain.id}`)
  const info: ChainInfo = {
    id: chain.id,
    name: name ?? chain.name,
    nativeSymbol: chain.nativeCurrency.symbol,
    explorer: chain.blockExplorers?.default.url,
    defaultRpcUrl: url,
    rpcProvider: new URL(url).host,
    wrappedNative: WRAPPED_NATIVE_BY_CHAIN[chain.id]?.[0]
  }
  if (local) info.local = true
  return info
})

/** The default RPC URL per chain id (decimal string), the shape of `ShieldSettings.rpcUrls`. */
export const DEFAULT_RPC_URLS: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(KNOWN_CHAINS.map((c) => [String(c.id), c.defaultRpcUrl])))

/** The known chain with this id (number or decimal string), if any. */
export function knownChain(id: number | string): ChainInfo | undefined {
  const n = typeof id === "number" ? id : /^\d{1,12}$/.test(id) ? Number(id) : Number.NaN
  return KNOWN_CHAINS.find((c) => c.id === n)
}
