/**
 * The bridge between the MAIN-world guard and the ISOLATED-world relay.
 *
 * Both run at document_start, before any page script, in an order Chromium does not fix. Events dispatched
 * with `dispatchEvent` are delivered synchronously, so the handshake below finishes before the page can
 * listen: whichever script starts second completes it. The guard picks a random channel name that the page
 * never sees; afterwards both sides talk through CustomEvents of that name carrying JSON strings, which cross
 * the world boundary intact. (`window.postMessage` is asynchronous: a page script could watch it.)
 */
export const HANDSHAKE_EVENT = "mamori:handshake"

export type Handshake = { from: "guard"; channel: string } | { from: "relay" }

/** Messages from the guard to the relay. */
export type GuardToRelay = {
  kind: "review"
  id: string
  request: { method: string; params?: unknown }
  origin: string
  href: string
  chainId?: string
  providerName?: string
}

/** Messages from the relay to the guard. */
export type RelayToGuard = { kind: "connected" } | { kind: "decision"; id: string; allow: boolean; reason?: string }

export const toRelayEvent = (channel: string) => `${channel}:to-relay`
export const toGuardEvent = (channel: string) => `${channel}:to-guard`

/** A channel name no page can guess: 128 random bits. */
export function newChannelName(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16))
  return `mamori:${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`
}

/** Parses an event's JSON detail; anything else is ignored as noise. */
export function parseDetail<T>(detail: unknown): T | undefined {
  if (typeof detail !== "string" || detail.length > 5_000_000) return undefined
  try {
    const value = JSON.parse(detail)
    return value && typeof value === "object" ? (value as T) : undefined
  } catch {
    return undefined
  }
}
