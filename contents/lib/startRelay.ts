import {
  HANDSHAKE_EVENT,
  parseDetail,
  toGuardEvent,
  toRelayEvent,
  type GuardToRelay,
  type Handshake,
  type RelayToGuard
} from "~src/guard/channel"

export type RelayHandlers = {
  /** Handles one message from the guard; `reply` answers it. */
  onGuardMessage?: (message: GuardToRelay, reply: (message: RelayToGuard) => void) => void
}

/** Completes the handshake with the guard (see src/guard/channel.ts) and hands each guard message on. */
export function startRelay(handlers: RelayHandlers = {}): void {
  let channel: string | undefined
  const reply = (message: RelayToGuard) => {
    if (channel) window.dispatchEvent(new CustomEvent(toGuardEvent(channel), { detail: JSON.stringify(message) }))
  }
  window.addEventListener(HANDSHAKE_EVENT, (event) => {
    const hello = parseDetail<Handshake>((event as CustomEvent).detail)
    if (channel || hello?.from !== "guard" || typeof hello.channel !== "string") return
    channel = hello.channel
    window.addEventListener(toRelayEvent(channel), (e) => {
      const message = parseDetail<GuardToRelay>((e as CustomEvent).detail)
      if (message) handlers.onGuardMessage?.(message, reply)
    })
    reply({ kind: "connected" })
  })
  window.dispatchEvent(new CustomEvent(HANDSHAKE_EVENT, { detail: JSON.stringify({ from: "relay" } satisfies Handshake) }))
}
