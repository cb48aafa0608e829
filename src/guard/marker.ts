/** The well-known key under which the guard announces itself on the page's window (MAIN world). */
export const GUARD_MARKER = Symbol.for("mamori.guard")

export type GuardMarker = {
  version: string
  /** `performance.now()` when the guard ran: before any page script, at document_start. */
  installedAt: number
  /** Providers the guard has found and wrapped so far (window.ethereum and EIP-6963 announcements). */
  providers: number
  /** Whether the ISOLATED-world relay answered the handshake. */
  readonly relayConnected: boolean
}
