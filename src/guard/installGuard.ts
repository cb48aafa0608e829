import type { GuardBridge } from "./bridge"
import { GUARD_MARKER, type GuardMarker } from "./marker"

/** The parts of a page's `window` the guard touches; passed in so the core never reaches for globals. */
export type GuardWindow = {
  addEventListener: (type: string, listener: (event: any) => void, options?: boolean | AddEventListenerOptions) => void
  performance: { now(): number }
} & Record<PropertyKey, any>

export type InstallGuardOptions = {
  /** Called once for every distinct provider object found (window.ethereum or an EIP-6963 announcement). */
  onProvider?: (provider: object, source: "window.ethereum" | "eip6963") => void
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
  Object.defineProperty(win, GUARD_MARKER, { value: marker, enumerable: false, configurable: false, writable: false })

  const seen = new WeakSet<object>()
  const found = (provider: unknown, source: "window.ethereum" | "eip6963") => {
    if (!provider || (typeof provider !== "object" && typeof provider !== "function")) return
    if (seen.has(provider as object)) return
    seen.add(provider as object)
    marker.providers++
    options.onProvider?.(provider as object, source)
  }

  watchWindowEthereum(win, (p) => found(p, "window.ethereum"))
  // Capture phase, registered before any page script: every announcement passes here first.
  win.addEventListener(
    "eip6963:announceProvider",
    (event: { detail?: { provider?: unknown } }) => found(event?.detail?.provider, "eip6963"),
    true
  )
  return marker
}

/**
 * Notices `window.ethereum` whether it exists already or is assigned later. The guard does not replace the
 * provider: a wallet that defines the property itself (getter or read-only) keeps its own definition, and is
 * picked up by a later check.
 */
function watchWindowEthereum(win: GuardWindow, onProvider: (provider: unknown) => void): void {
  const descriptor = Object.getOwnPropertyDescriptor(win, "ethereum")
  if (descriptor) {
    onProvider(win.ethereum)
    return
  }
  let current: unknown = undefined
  try {
    Object.defineProperty(win, "ethereum", {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value: unknown) => {
        current = value
        onProvider(value)
      }
    })
  } catch {
    // A frozen or exotic window: fall back to looking once the document is ready.
    win.addEventListener("DOMContentLoaded", () => onProvider(win.ethereum))
  }
}
