/**
 * Addresses the user really dealt with, for the look-alike (address poisoning) check. They come only from
 * requests the user confirmed with a click in the review window, are kept in their own store (not in the
 * activity history, which every request writes to), and are bounded per site: a page firing hundreds of
 * silent requests cannot push the user's real counterparties out.
 */
export type CounterpartyStore = Record<string, { address: string; at: number }[]>

export const PER_ORIGIN_LIMIT = 50
export const ORIGIN_LIMIT = 200

const isAddress = (a: unknown): a is string => typeof a === "string" && /^0x[0-9a-fA-F]{40}$/.test(a)

/** Reads a stored value defensively. */
export function parseCounterparties(value: unknown): CounterpartyStore {
  const out: CounterpartyStore = {}
  if (!value || typeof value !== "object") return out
  for (const [origin, list] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue
    const clean = list.filter((e) => e && isAddress(e.address) && typeof e.at === "number").slice(0, PER_ORIGIN_LIMIT)
    if (clean.length) out[origin] = clean.map((e) => ({ address: e.address.toLowerCase(), at: e.at }))
  }
  return out
}

/** Adds the counterparties of one confirmed request. Pure: returns a new store. */
export function addConfirmed(store: CounterpartyStore, origin: string, addresses: readonly string[], at: number): CounterpartyStore {
  const fresh = addresses.filter(isAddress).map((a) => a.toLowerCase())
  if (!fresh.length) return store
  const kept = (store[origin] ?? []).filter((e) => !fresh.includes(e.address))
  const next: CounterpartyStore = { ...store, [origin]: [...fresh.map((address) => ({ address, at })), ...kept].slice(0, PER_ORIGIN_LIMIT) }
  const origins = Object.keys(next)
  if (origins.length > ORIGIN_LIMIT) {
    // Drop the sites used longest ago.
    const newest = (o: string) => Math.max(...next[o].map((e) => e.at))
    for (const o of origins.sort((a, b) => newest(a) - newest(b)).slice(0, origins.length - ORIGIN_LIMIT)) delete next[o]
  }
  return next
}

/** Every remembered counterparty, newest first. */
export function knownCounterparties(store: CounterpartyStore): string[] {
  return [
    ...new Set(
      Object.values(store)
        .flat()
        .sort((a, b) => b.at - a.at)
        .map((e) => e.address)
    )
  ]
}
