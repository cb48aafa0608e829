/** Small look-ups the rules share: what we know about an address, how far away a deadline is. */
import type { Analysis, Grant } from "../decode/analysis"
import { short } from "../normalize/hex"

export type Standing = "blocked" | "known" | "eoa" | "tiny-contract" | "contract" | "unverified"

/** What we know about `address`: lists first, then chain facts, else "unverified". */
export function standing(a: Analysis, address: string | undefined): Standing {
  if (!address) return "unverified"
  if (a.ctx.isBlockedAddress(address)) return "blocked"
  if (a.ctx.knownName(address)) return "known"
  const f = a.ctx.facts.accounts?.[address]
  if (!f) return "unverified"
  if (!f.isContract || f.delegatedTo) return "eoa"
  if (f.codeSize > 0 && f.codeSize < 100 && !f.proxyImplementation) return "tiny-contract"
  return "contract"
}

/** A name for titles: the known name, or the short address. */
export function label(a: Analysis, address: string | undefined): string {
  const name = a.ctx.knownName(address)
  return name ? `${name} (${short(address)})` : short(address)
}

export const YEAR = 365 * 24 * 3600

/** True when a grant stays usable for more than a year (or was written in milliseconds). */
export function farFuture(a: Analysis, g: Grant): boolean {
  if (g.untilWasMs) return true
  if (g.until === undefined) return false
  return g.until - a.nowSec > YEAR
}

/** The token's symbol or short address. */
export function tokenLabel(a: Analysis, token: string | undefined): string {
  return a.ctx.token(token)?.symbol ?? (token ? `token ${short(token)}` : "tokens")
}

export const ZERO = "0x0000000000000000000000000000000000000000"
