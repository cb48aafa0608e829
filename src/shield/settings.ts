import { toChainId } from "../audit/normalize/hex"

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
}

export const DEFAULT_SETTINGS: ShieldSettings = {
  rpcUrls: { "31337": "http://127.0.0.1:8545" },
  sites: {}
}

/** Reads stored settings defensively: unknown shapes fall back to the defaults, never throw. */
export function parseSettings(value: unknown): ShieldSettings {
  const v = (value && typeof value === "object" ? value : {}) as Partial<ShieldSettings>
  const rpcUrls: Record<string, string> = { ...DEFAULT_SETTINGS.rpcUrls }
  for (const [k, url] of Object.entries(v.rpcUrls ?? {})) if (/^\d{1,12}$/.test(k) && isHttpUrl(url)) rpcUrls[k] = url
  const sites: Record<string, SiteMode> = {}
  for (const [k, mode] of Object.entries(v.sites ?? {})) if (mode === "trusted" || mode === "paused") sites[k] = mode
  return { rpcUrls, sites }
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
