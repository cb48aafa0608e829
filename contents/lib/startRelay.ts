import { HANDSHAKE_EVENT, parseDetail, toGuardEvent, toRelayEvent, type GuardToRelay, type Handshake, type RelayToGuard } from "~src/guard/channel"

export type RelayHandlers = {
  /** Handles one message from the guard; `reply` answers it. */
  onGuardMessage?: (message: GuardToRelay, reply: (message: RelayToGuard) => void) => void
}

/**
 * The relay's side of the handshake (protocol in src/guard/channel.ts): ask for the channel now, and again when
 * the guard announces itself; accept the first channel offered and no other.
 */
export function startRelay(handlers: RelayHandlers = {}): void {
  let channel: string | undefined
  const reply = (message: RelayToGuard) => {
    if (channel) window.dispatchEvent(new CustomEvent(toGuardEvent(channel), { detail: JSON.stringify(message) }))
  }
  const ask = () => window.dispatchEvent(new CustomEvent(HANDSHAKE_EVENT, { detail: JSON.stringify({ from: "relay" } satisfies Handshake) }))
  window.addEventListener(HANDSHAKE_EVENT, (event) => {
    if (channel) return
    const hello = parseDetail<Handshake>((event as CustomEvent).detail)
    if (hello?.from !== "guard") return
    if (typeof hello.channel !== "string") return void ask()
    channel = hello.channel
    window.addEventListener(toRelayEvent(channel), (e) => {
      const message = parseDetail<GuardToRelay>((e as CustomEvent).detail)
      if (message) handlers.onGuardMessage?.(message, reply)
    })
    reply({ kind: "connected" })
  })
  ask()
}
