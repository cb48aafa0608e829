import {
  HANDSHAKE_EVENT,
  newChannelName,
  parseDetail,
  toGuardEvent,
  toRelayEvent,
  type GuardToRelay,
  type Handshake,
  type RelayToGuard
} from "./channel"

/** The page-window capabilities the guard's side of the bridge needs; captured once, at document_start. */
export type BridgeWindow = {
  addEventListener: (type: string, listener: (event: any) => void) => void
  dispatchEvent: (event: any) => boolean
  CustomEvent: new (type: string, init: { detail: string }) => unknown
  crypto: { getRandomValues: (bytes: Uint8Array) => Uint8Array }
}

export type GuardBridge = {
  /** True once the relay answered the handshake. */
  readonly connected: boolean
  send: (message: GuardToRelay) => void
  /** Registers the handler for messages from the relay. */
  onMessage: (handler: (message: RelayToGuard) => void) => void
}

/**
 * The guard's end of the bridge. It keeps its own references to `dispatchEvent`, `CustomEvent` and `JSON`
 * taken before any page script ran, so a page that later patches those globals cannot watch or forge traffic.
 */
export function connectBridge(win: BridgeWindow): GuardBridge {
  const dispatch = win.dispatchEvent.bind(win)
  const Custom = win.CustomEvent
  const stringify = JSON.stringify
  const channel = newChannelName((b) => win.crypto.getRandomValues(b))
  let connected = false
  let handler: ((message: RelayToGuard) => void) | undefined

  const hello = () => dispatch(new Custom(HANDSHAKE_EVENT, { detail: stringify({ from: "guard", channel } satisfies Handshake) }))
  win.addEventListener(toGuardEvent(channel), (event: { detail?: unknown }) => {
    const message = parseDetail<RelayToGuard>(event.detail)
    if (!message) return
    if (message.kind === "connected") connected = true
    else handler?.(message)
  })
  // The relay, if it starts after us, asks for the channel; we answer until it has connected.
  win.addEventListener(HANDSHAKE_EVENT, (event: { detail?: unknown }) => {
    if (!connected && parseDetail<Handshake>(event.detail)?.from === "relay") hello()
  })
  hello()

  return {
    get connected() {
      return connected
    },
    send: (message) => dispatch(new Custom(toRelayEvent(channel), { detail: stringify(message) })),
    onMessage: (h) => {
      handler = h
    }
  }
}
