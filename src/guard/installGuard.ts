import type { GuardBridge } from "./bridge"
import { apply, defineProperty, getOwnPropertyDescriptor, isArray } from "./intrinsics"
import { GUARD_MARKER, type GuardMarker } from "./marker"

/** The parts of a page's `window` the guard touches; passed in so the core never reaches for globals. */
export type GuardWindow = {
  addEventListener: (type: string, listener: (event: any) => void, options?: boolean | { capture?: boolean; once?: boolean; passive?: boolean }) => void
  performance: { now(): number }
} & Record<PropertyKey, any>

export type ProviderSource = "window.ethereum" | "window.ethereum.providers" | "eip6963"

export type InstallGuardOptions = {
  /** Called once for every distinct provider object found (window.ethereum or an EIP-6963 announcement). */
  onProvider?: (provider: object, source: ProviderSource, info?: { name?: string; rdns?: string }) => void
  version?: string
  /** The bridge to the relay; the marker reports whether it connected. */
  bridge?: GuardBridge
}

/**
 * Installs the guard on a page window: leaves a marker, and finds every wallet provider the page can reach —
 * `window.ethereum` now or whenever it is set later, and each EIP-6963 announcement (also late ones).
 * Idempotent: a second call on the same window does nothing.
 */
export function installGuard(win: GuardWindow, options: InstallGuardOptions = {}): GuardMarker {
  const existing = win[GUARD_MARKER] as GuardMarker | undefined
  if (existing) return existing
  const bridge = options.bridge
  const marker: GuardMarker = {
    version: options.version ?? "0.1.0",
    installedAt: win.performance.now(),
    providers: 0,
    get relayConnected() {
      return bridge?.connected ?? false
    }
  }
  defineProperty(win, GUARD_MARKER, { value: marker, enumerable: false, configurable: false, writable: false })

  // Captured built-ins: providers found after page scripts ran (late announcements, a re-assigned
  // window.ethereum) must not depend on a WeakSet or Array method the page has patched by then.
  const seen = new WeakSet<object>()
  const seenHas = WeakSet.prototype.has
  const seenAdd = WeakSet.prototype.add
  const found = (provider: unknown, source: ProviderSource, info?: { name?: string; rdns?: string }) => {
    if (!provider || (typeof provider !== "object" && typeof provider !== "function")) return
    if (!apply(seenHas, seen, [provider])) {
      apply(seenAdd, seen, [provider])
      marker.providers++
      options.onProvider?.(provider as object, source, info)
    }
    // Legacy multi-wallet injection: window.ethereum.providers[] holds each wallet.
    const list = (provider as { providers?: unknown }).providers
    if (source === "window.ethereum" && isArray(list)) for (let i = 0; i < list.length; i++) found(list[i], "window.ethereum.providers")
  }

  const checkWindowEthereum = () => found(win.ethereum, "window.ethereum")
  watchWindowEthereum(win, checkWindowEthereum)
  // A wallet may define window.ethereum itself (a getter, a read-only property), replacing our accessor:
  // look again once the document is parsed and loaded.
  win.addEventListener("DOMContentLoaded", checkWindowEthereum)
  win.addEventListener("load", checkWindowEthereum)
  // Capture phase, registered before any page script: every announcement passes here first.
  win.addEventListener(
    "eip6963:announceProvider",
    (event: { detail?: { provider?: unknown; info?: { name?: unknown; rdns?: unknown } } }) => {
      const info = event?.detail?.info
      found(event?.detail?.provider, "eip6963", {
        name: typeof info?.name === "string" ? info.name.slice(0, 64) : undefined,
        rdns: typeof info?.rdns === "string" ? info.rdns.slice(0, 128) : undefined
      })
    },
    true
  )
  return marker
}

/**
 * Notices `window.ethereum` whether it exists already or is assigned later. The guard does not replace the
 * provider: a wallet that defines the property itself (getter or read-only) keeps its own definition, and is
 * picked up by a later check.
 */
function watchWindowEthereum(win: GuardWindow, check: () => void): void {
  const descriptor = getOwnPropertyDescriptor(win, "ethereum")
  if (descriptor) {
    check()
    return
  }
  let current: unknown
  try {
    defineProperty(win, "ethereum", {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value: unknown) => {
        current = value
        check()
      }
    })
  } catch {
    // A frozen or exotic window: the DOMContentLoaded and load checks still find the provider.
  }
}
