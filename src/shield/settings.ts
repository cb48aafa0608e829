import { toChainId } from "../audit/normalize/hex"
import { type CustomChain, parseCustomChains } from "../chains/customChain"
import { DEFAULT_RPC_URLS, knownChain } from "../chains/knownChains"

/** The user's Shield settings: an RPC URL per chain, and per-site choices. Plain data, stored as JSON. */
export type SiteMode = "trusted" | "paused"

export type ShieldSettings = {
  /** RPC URL per chain id (decimal string). Used for chain facts and simulation; never a hosted scanner. */
  rpcUrls: Record<string, string>
  /**
   * Per-site choices by origin. `trusted`: still audited, and a `safe` verdict continues without a click.
   * `paused`: Mamori steps aside on that site until the user resumes it.
   */
  sites: Record<string, SiteMode>
  /** Chains the user added by hand: name and coin symbol (their RPC URL is in `rpcUrls`, like every chain's). */
  customChains: CustomChain[]
}

/**
 * Every known chain has an RPC out of the box (public endpoints named in `src/chains/knownChains.ts`, the
 * devnet on this computer), so chain facts and simulation are on by default; the user overrides per chain.
 */
export const DEFAULT_SETTINGS: ShieldSettings = {
  rpcUrls: { ...DEFAULT_RPC_URLS },
  sites: {},
  customChains: []
}

/** Reads stored settings defensively: unknown shapes fall back to the defaults, never throw. */
export function parseSettings(value: unknown): ShieldSettings {
  const v = (value && typeof value === "object" ? value : {}) as Partial<ShieldSettings>
  const rpcUrls: Record<string, string> = { ...DEFAULT_SETTINGS.rpcUrls }
  for (const [k, url] of Object.entries(v.rpcUrls ?? {})) if (/^\d{1,12}$/.test(k) && isHttpUrl(url)) rpcUrls[k] = url
  const sites: Record<string, SiteMode> = {}
  for (const [k, mode] of Object.entries(v.sites ?? {})) if (mode === "trusted" || mode === "paused") sites[k] = mode
  return { rpcUrls, sites, customChains: parseCustomChains(v.customChains) }
}

/**
 * What is written to storage: `rpcUrls` without the entries that equal a default, so that a default
 * endpoint updated in a later release reaches users who never chose one (a stored copy would pin the old one).
 */
export function storedSettings(s: ShieldSettings): ShieldSettings {
  const rpcUrls: Record<string, string> = {}
  for (const [k, url] of Object.entries(s.rpcUrls)) if (DEFAULT_RPC_URLS[k] !== url) rpcUrls[k] = url
  return { ...s, rpcUrls }
}

/** Chains whose RPC the user chose: overridden defaults, custom chains and other set chains (decimal ids). */
export function userSetChains(s: ShieldSettings): string[] {
  return Object.keys(s.rpcUrls).filter((k) => DEFAULT_RPC_URLS[k] !== s.rpcUrls[k])
}

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false
  try {
    const u = new URL(value)
    return u.protocol === "http:" || u.protocol === "https:"
  } catch {
    return false
  }
}

/** The chain id as a decimal string (the settings' key), read as the audit core reads it; undefined when unreadable. */
export function chainKey(chainId: unknown): string | undefined {
  const id = toChainId(chainId)
  return id !== undefined && id > 0 ? String(id) : undefined
}

/**
 * Chains with an RPC in the order they are tried when a request names no chain and the page's answer does not
 * help: the user's own first, then the local devnet (asking it reveals nothing), then the public defaults.
 */
export function chainsToJudge(s: ShieldSettings): string[] {
  const mine = userSetChains(s)
  const rest = Object.keys(s.rpcUrls).filter((k) => !mine.includes(k))
  return [...mine, ...rest.filter((k) => knownChain(k)?.local), ...rest.filter((k) => !knownChain(k)?.local)]
}
