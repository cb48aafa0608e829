/**
 * The bridge between the MAIN-world guard and the ISOLATED-world relay.
 *
 * Both run at document_start, before any page script, in an order Chromium does not fix; events dispatched with
 * `dispatchEvent` are delivered synchronously. The handshake:
 *  - the guard announces itself with `{from: "guard"}` (no secret in it);
 *  - the relay asks with `{from: "relay"}` when it starts, and again when it hears the guard's announcement;
 *  - the guard answers the *first* ask with a random channel name, once. A second ask means someone else is
 *    claiming to be the relay: the guard then refuses every signing request in that frame (fails closed).
 * The relay runs in every frame the guard runs in (also data:, blob: and sandboxed srcdoc frames), so its ask
 * always comes before any page script could send one. Afterwards both sides talk through CustomEvents of that
 * name carrying JSON strings. (`window.postMessage` is asynchronous and broadcast: a page could watch it.)
 */
export const HANDSHAKE_EVENT = "mamori:handshake"

export type Handshake = { from: "guard"; channel?: string } | { from: "relay" }

/** Messages from the guard to the relay. `requestJson` is the exact text of the copy the wallet will receive. */
export type GuardToRelay =
  | {
      kind: "review"
      id: string
      requestJson: string
      href: string
      /** The wallet's answer to eth_chainId, read through the page: a hint that may only raise suspicion. */
      pageChainId?: string
      providerName?: string
      /** Set when a same-origin child frame asked the top frame's guard to review its request. */
      frameHref?: string
    }
  | { kind: "stopped"; method: string; reason: string }
  /** The page's wallet could not be put behind the review (see installGuard.ts): the user is told. */
  | { kind: "unguarded"; reason: string }

/** Messages from the relay to the guard. */
export type RelayToGuard = { kind: "connected" } | { kind: "received"; id: string } | { kind: "decision"; id: string; allow: boolean; reason?: string }

export const toRelayEvent = (channel: string) => `${channel}:to-relay`
export const toGuardEvent = (channel: string) => `${channel}:to-guard`

/** The relay refuses event details longer than this: a request of MAX_REQUEST_CHARS (copyRequest.ts), escaped as a JSON string, always fits. */
export const MAX_DETAIL_CHARS = 8_000_000

/** A channel name no page can guess: 128 random bits. */
export function newChannelName(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16))
  let hex = ""
  for (let i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16)
  return `mamori:${hex}`
}

/** Parses an event's JSON detail with the given parser; anything else is ignored as noise. */
export function parseDetail<T>(detail: unknown, parse: (text: string) => unknown = JSON.parse): T | undefined {
  if (typeof detail !== "string" || detail.length > MAX_DETAIL_CHARS) return undefined
  try {
    const value = parse(detail)
    return value && typeof value === "object" ? (value as T) : undefined
  } catch {
    return undefined
  }
}
