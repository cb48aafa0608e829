import { HANDSHAKE_EVENT, newChannelName, parseDetail, toGuardEvent, toRelayEvent, type GuardToRelay, type Handshake, type RelayToGuard } from "./channel"
import { apply, getOwnPropertyDescriptor, jsonParse, jsonStringify } from "./intrinsics"

/** The page-window capabilities the guard's side of the bridge needs; captured once, at document_start. */
export type BridgeWindow = {
  addEventListener: (type: string, listener: (event: any) => void) => void
  dispatchEvent: (event: any) => boolean
  CustomEvent: new (type: string, init: { detail: string }) => unknown
  crypto: { getRandomValues: (bytes: Uint8Array) => Uint8Array }
}

export type GuardBridge = {
  /** True once the relay answered the handshake and nobody else asked for the channel. */
  readonly connected: boolean
  /** True when a second party asked for the channel: the frame's signing requests are then refused. */
  readonly compromised: boolean
  send: (message: GuardToRelay) => void
  /** Registers the handler for messages from the relay. */
  onMessage: (handler: (message: RelayToGuard) => void) => void
}

/**
 * The guard's end of the bridge (protocol in channel.ts). It keeps its own references to `dispatchEvent`,
 * `CustomEvent`, the `detail` getter and `JSON`, taken before any page script ran, so a page that later patches
 * those cannot watch or forge traffic; it hands the channel out once and never announces it unasked.
 */
export function connectBridge(win: BridgeWindow): GuardBridge {
  const dispatch = win.dispatchEvent.bind(win)
  const Custom = win.CustomEvent
  const detailGetter = getOwnPropertyDescriptor((Custom as unknown as { prototype: object }).prototype, "detail")?.get
  const detailOf = (event: unknown): unknown => (detailGetter ? apply(detailGetter, event, []) : undefined)
  const channel = newChannelName((b) => win.crypto.getRandomValues(b))
  let handedOut = false
  let connected = false
  let compromised = false
  let handler: ((message: RelayToGuard) => void) | undefined
  const emit = (type: string, value: unknown) => dispatch(new Custom(type, { detail: jsonStringify(value) }))

  win.addEventListener(toGuardEvent(channel), (event: unknown) => {
    const message = parseDetail<RelayToGuard>(detailOf(event), jsonParse)
    if (!message) return
    if (message.kind === "connected") connected = true
    else handler?.(message)
  })
  win.addEventListener(HANDSHAKE_EVENT, (event: unknown) => {
    if (parseDetail<Handshake>(detailOf(event), jsonParse)?.from !== "relay") return
    if (handedOut) {
      // The relay asks once; whoever asks again is not the relay.
      compromised = true
      return
    }
    handedOut = true
    emit(HANDSHAKE_EVENT, { from: "guard", channel } satisfies Handshake)
  })
  emit(HANDSHAKE_EVENT, { from: "guard" } satisfies Handshake)

  return {
    get connected() {
      return connected && !compromised
    },
    get compromised() {
      return compromised
    },
    send: (message) => {
      emit(toRelayEvent(channel), message)
    },
    onMessage: (h) => {
      handler = h
    }
  }
}
