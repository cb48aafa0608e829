// Mamori's wallet in the page: an EIP-1193 provider announced through EIP-6963. It is thin on purpose: it forwards
// each request to the wallet relay (ISOLATED world) and reports the answer. No key, no decision here.
//
// It is started by the guard's MAIN-world bundle (contents/guard.main-world.ts), not by a content script of its own: the guard
// then holds this very object in its closure and leaves it to the wallet's enforced review in the service worker,
// with nothing a page could read, set or forge (a page announcing its own "Mamori" is a different object, guarded).
import { createMamoriProvider, type MamoriProvider } from "~src/wallet/provider"
import { MAMORI_ICON, MAMORI_PROVIDER_NAME, MAMORI_RDNS, WALLET_REQUEST_EVENT, WALLET_RESPONSE_EVENT, WALLET_STATE_EVENT } from "~src/wallet/providerInfo"

// The wallet relay runs where `<all_urls>` matches; the guard also runs in about:blank, srcdoc, data: and blob:
// frames, where no relay would answer: there the wallet is not offered.
/** Announces Mamori's provider in this frame and returns it; `undefined` where the wallet is not offered. */
export function startMamoriWallet(): MamoriProvider | undefined {
  const scheme = String(location.protocol)
  if (scheme !== "http:" && scheme !== "https:" && scheme !== "file:") return undefined
  // Built-ins captured before any page script runs (a page patching them later only breaks its own requests).
  const Event_ = CustomEvent
  const dispatch = EventTarget.prototype.dispatchEvent
  const listen = EventTarget.prototype.addEventListener
  const stringify = JSON.stringify
  const parse = JSON.parse
  const freeze = Object.freeze

  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>()
  let next = 0
  const prefix = crypto.randomUUID()

  const { provider, update, disconnected } = createMamoriProvider({
    send(method, params) {
      const id = `${prefix}-${next++}`
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        dispatch.call(window, new Event_(WALLET_REQUEST_EVENT, { detail: stringify({ id, method, params }) }))
      })
    }
  })

  listen.call(window, WALLET_RESPONSE_EVENT, (event: Event) => {
    let m: { id?: string; result?: unknown; error?: { code: number; message: string; data?: unknown } }
    try {
      m = parse(String((event as CustomEvent).detail))
    } catch {
      return
    }
    const waiting = m?.id ? pending.get(m.id) : undefined
    if (!waiting) return
    pending.delete(m.id!)
    if (m.error) {
      const error = Object.assign(new Error(String(m.error.message)), { code: m.error.code, data: m.error.data })
      waiting.reject(error)
    } else waiting.resolve(m.result)
  })
  listen.call(window, WALLET_STATE_EVENT, (event: Event) => {
    try {
      const s = parse(String((event as CustomEvent).detail))
      if (Array.isArray(s?.accounts) && typeof s?.chainId === "string") update(s)
      else if (typeof s?.disconnected === "string") disconnected(s.disconnected)
    } catch {
      // not ours
    }
  })

  const info = freeze({ uuid: crypto.randomUUID(), name: MAMORI_PROVIDER_NAME, icon: MAMORI_ICON, rdns: MAMORI_RDNS })
  const announce = () => dispatch.call(window, new Event_("eip6963:announceProvider", { detail: freeze({ info, provider }) }))
  listen.call(window, "eip6963:requestProvider", announce)
  announce()
  return provider
}
