import type { Address } from "viem"

/** A site connected to Mamori's wallet: which accounts it may see, since when. Keyed by origin (Chromium's). */
export type ConnectedSite = { origin: string; accounts: Address[]; connectedAt: number }
export type Sites = Record<string, ConnectedSite>

/** The accounts a site may see: those it was given that are still in the wallet (none when not connected). */
export function accountsFor(sites: Sites, origin: string, walletAccounts: readonly Address[], selected?: Address): Address[] {
  const site = sites[origin]
  if (!site) return []
  const allowed = site.accounts.filter((a) => walletAccounts.includes(a))
  // The selected account first: dapps use accounts[0] as "the" account.
  return selected && allowed.includes(selected) ? [selected, ...allowed.filter((a) => a !== selected)] : allowed
}

export function connectSite(sites: Sites, origin: string, accounts: Address[], now: number): Sites {
  const before = sites[origin]?.accounts ?? []
  return { ...sites, [origin]: { origin, accounts: [...new Set([...accounts, ...before])], connectedAt: now } }
}

export function revokeSite(sites: Sites, origin: string): Sites {
  const { [origin]: _gone, ...rest } = sites
  return rest
}

/** EIP-2255 permissions of a site (`wallet_getPermissions`): `eth_accounts` with its accounts, or nothing. */
export function permissionsOf(sites: Sites, origin: string, accounts: Address[]) {
  const site = sites[origin]
  if (!site || accounts.length === 0) return []
  return [
    {
      invoker: origin,
      parentCapability: "eth_accounts",
      caveats: [{ type: "restrictReturnedAccounts", value: accounts.map((a) => a.toLowerCase()) }],
      date: site.connectedAt
    }
  ]
}

/** Reads the stored sites defensively (unknown shapes are dropped). */
export function parseSites(value: unknown): Sites {
  const out: Sites = {}
  if (!value || typeof value !== "object") return out
  for (const [origin, s] of Object.entries(value as Record<string, ConnectedSite>)) {
    if (!s || !Array.isArray(s.accounts)) continue
    const accounts = s.accounts.filter((a): a is Address => typeof a === "string" && /^0x[0-9a-fA-F]{40}$/.test(a))
    out[origin] = { origin, accounts, connectedAt: Number(s.connectedAt) || 0 }
  }
  return out
}
