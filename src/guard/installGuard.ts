import type { GuardBridge } from "./bridge"
import { apply, defineProperty, freeze, getOwnPropertyDescriptor, isArray, ownKeys, weakGet, weakSet } from "./intrinsics"
import { GUARD_MARKER, type GuardMarker } from "./marker"
import { disguise, maskToString } from "./nativeLook"

/** The parts of a page's `window` the guard touches; passed in so the core never reaches for globals. */
export type GuardWindow = {
  addEventListener: (type: string, listener: (event: any) => void, options?: boolean | { capture?: boolean; once?: boolean; passive?: boolean }) => void
  performance: { now(): number }
} & Record<PropertyKey, any>

export type ProviderSource = "window.ethereum" | "window.ethereum.providers" | "eip6963"

export type InstallGuardOptions = {
  /**
   * Called once for every distinct provider object found (window.ethereum or an EIP-6963 announcement); returns
   * what the page is to be given for it (the provider wrapped in place, or a facade), or nothing to leave it be.
   */
  onProvider?: (provider: object, source: ProviderSource, info?: { name?: string; rdns?: string }) => object | undefined | void
  /** A provider that needs a facade but reaches the page where the guard cannot swap it: the user is told. */
  onUnguarded?: (reason: string) => void
  version?: string
  /** The bridge to the relay; the marker reports whether it connected. */
  bridge?: GuardBridge
}

type AnyFn = (...args: any[]) => any
const ANNOUNCE = "eip6963:announceProvider"
const UNGUARDED =
  "This page's wallet is frozen where Mamori cannot put its review in front of it: requests sent to it on this page are not reviewed by Mamori. Your wallet's own confirmation still applies."

/**
 * Installs the guard on a page window: leaves a marker, and finds every wallet provider the page can reach —
 * `window.ethereum` now or whenever it is set later, and each EIP-6963 announcement (also late ones).
 * The page is given what `onProvider` returns (a facade when a provider cannot be wrapped in place): through
 * `window.ethereum`, which the guard owns (non-configurable, so a page cannot take the wallet before the guard
 * sees it), and through announcements, which the guard hears first and re-announces with the facade.
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
  // The guard's functions a page can reach read like the ones they stand for (see nativeLook.ts).
  maskToString(win as { Function?: { prototype: Record<string, unknown> } })

  // Captured built-ins: providers found after page scripts ran (late announcements, a re-assigned
  // window.ethereum) must not depend on a WeakMap or Array method the page has patched by then.
  const exposedFor = new WeakMap<object, object>()
  const found = (provider: unknown, source: ProviderSource, info?: { name?: string; rdns?: string }): unknown => {
    if (!provider || (typeof provider !== "object" && typeof provider !== "function")) return provider
    let exposed = weakGet(exposedFor, provider as object)
    if (!exposed) {
      marker.providers++
      const given = options.onProvider?.(provider as object, source, info)
      exposed = given && (typeof given === "object" || typeof given === "function") ? given : (provider as object)
      weakSet(exposedFor, provider as object, exposed)
      weakSet(exposedFor, exposed, exposed)
    }
    // Legacy multi-wallet injection: window.ethereum.providers[] holds each wallet.
    const list = (provider as { providers?: unknown }).providers
    if (source === "window.ethereum" && isArray(list))
      for (let i = 0; i < list.length; i++) if (found(list[i], "window.ethereum.providers") !== list[i]) options.onUnguarded?.(UNGUARDED)
    return exposed
  }

  const checkWindowEthereum = ownWindowEthereum(
    win,
    (value) => found(value, "window.ethereum"),
    () => options.onUnguarded?.(UNGUARDED)
  )
  // A wallet the guard could not own window.ethereum for (defined before the guard, non-configurable):
  // look again once the document is parsed and loaded.
  win.addEventListener("DOMContentLoaded", checkWindowEthereum)
  win.addEventListener("load", checkWindowEthereum)
  watchAnnouncements(win, (provider, info) => found(provider, "eip6963", info))
  return marker
}

/**
 * Capture phase, registered before any page script: every EIP-6963 announcement passes here first. A provider
 * the page must not be given (its facade differs) is not announced to the page: the announcement is stopped and
 * made again with the facade, so page listeners (even capture-phase ones) never see the provider itself.
 */
function watchAnnouncements(win: GuardWindow, found: (provider: unknown, info: { name?: string; rdns?: string }) => unknown): void {
  const Custom = win.CustomEvent as (new (type: string, init: { detail: unknown }) => object) | undefined
  const detailGetter = Custom ? getOwnPropertyDescriptor(Custom.prototype, "detail")?.get : undefined
  const EventCtor = win.Event as { prototype: object } | undefined
  const stop = EventCtor ? (getOwnPropertyDescriptor(EventCtor.prototype, "stopImmediatePropagation")?.value as AnyFn | undefined) : undefined
  const dispatch = typeof win.dispatchEvent === "function" ? (win.dispatchEvent as AnyFn) : undefined
  win.addEventListener(
    ANNOUNCE,
    (event: { detail?: { provider?: unknown; info?: { name?: unknown; rdns?: unknown } } }) => {
      let detail: { provider?: unknown; info?: { name?: unknown; rdns?: unknown } } | undefined
      try {
        detail = (detailGetter ? apply(detailGetter, event, []) : event?.detail) as typeof detail
      } catch {
        return
      }
      const provider = detail?.provider
      const info = detail?.info
      const exposed = found(provider, {
        name: typeof info?.name === "string" ? info.name.slice(0, 64) : undefined,
        rdns: typeof info?.rdns === "string" ? info.rdns.slice(0, 128) : undefined
      })
      if (exposed === provider || !Custom || !stop || !dispatch) return
      apply(stop, event, [])
      apply(dispatch, win, [new Custom(ANNOUNCE, { detail: freeze({ info, provider: exposed }) })])
    },
    true
  )
}

/**
 * The guard owns `window.ethereum`: a non-configurable accessor, defined before any page script, that gives the
 * page what `found` returns for the value (the provider, wrapped in place, or its facade). A page cannot redefine
 * it to take a late wallet first. Wallets that define the property themselves (`Object.defineProperty`,
 * `Reflect.defineProperty`, `Object.defineProperties` on window) still work: those calls are routed here, a value
 * becomes the current one, an accessor supplies it. Returns a function that checks the current value again.
 */
function ownWindowEthereum(win: GuardWindow, found: (value: unknown) => unknown, unguarded: () => void): () => void {
  const descriptor = getOwnPropertyDescriptor(win, "ethereum")
  let current: unknown
  let walletGet: AnyFn | undefined
  let walletSet: AnyFn | undefined
  if (descriptor && !descriptor.configurable) {
    // Defined before the guard and locked: it can only be wrapped in place, never swapped for a facade.
    const check = () => {
      let value: unknown
      try {
        value = win.ethereum
      } catch {
        return
      }
      if (found(value) !== value) unguarded()
    }
    check()
    return check
  }
  if (descriptor) {
    if ("value" in descriptor) current = descriptor.value
    else {
      walletGet = descriptor.get
      walletSet = descriptor.set
    }
  }
  const read = (): unknown => {
    if (!walletGet) return current
    try {
      return apply(walletGet, win, [])
    } catch {
      return undefined
    }
  }
  const set = (value: unknown) => {
    const exposed = found(value)
    if (walletSet) apply(walletSet, win, [exposed])
    else current = value
  }
  const route = (desc: unknown) => {
    if (!desc || typeof desc !== "object") return
    const d = desc as PropertyDescriptor
    if ("value" in d) {
      walletGet = walletSet = undefined
      set(d.value)
      return
    }
    const get = d.get
    const setter = d.set
    walletGet = typeof get === "function" ? get : undefined
    walletSet = typeof setter === "function" ? setter : undefined
    found(read())
  }
  try {
    defineProperty(win, "ethereum", { configurable: false, enumerable: true, get: () => found(read()), set })
  } catch {
    // An exotic window: the DOMContentLoaded and load checks still find the provider.
    return () => void found(win.ethereum)
  }
  routeDefinitions(win, route)
  return () => void found(read())
}

/** Routes definitions of `window.ethereum` made through the page's Object/Reflect to `route`. */
function routeDefinitions(win: GuardWindow, route: (descriptor: unknown) => void): void {
  const O = win.Object as Record<string, AnyFn> | undefined
  const R = win.Reflect as Record<string, AnyFn> | undefined
  const isEthereum = (o: unknown, k: unknown) => o === win && k === "ethereum"
  const replace = (owner: Record<string, AnyFn> | undefined, name: string, make: (original: AnyFn) => AnyFn) => {
    const original = owner?.[name]
    if (typeof original !== "function") return
    try {
      defineProperty(owner, name, { value: make(original), writable: true, configurable: true, enumerable: false })
    } catch {
      // leave it: the property stays non-configurable either way
    }
  }
  replace(O, "defineProperty", (original) =>
    renamed("defineProperty", original, function (this: unknown, o: object, k: PropertyKey, d: PropertyDescriptor) {
      if (isEthereum(o, k)) return (route(d), o)
      return apply(original, this, [o, k, d])
    })
  )
  replace(R, "defineProperty", (original) =>
    renamed("defineProperty", original, function (this: unknown, o: object, k: PropertyKey, d: PropertyDescriptor) {
      if (isEthereum(o, k)) return (route(d), true)
      return apply(original, this, [o, k, d])
    })
  )
  replace(O, "defineProperties", (original) =>
    renamed("defineProperties", original, function (this: unknown, o: object, props: Record<PropertyKey, PropertyDescriptor>) {
      if (o !== win || !props || typeof props !== "object" || !getOwnPropertyDescriptor(props, "ethereum")) return apply(original, this, [o, props])
      const keys = ownKeys(props)
      for (let i = 0; i < keys.length; i++) {
        const d = getOwnPropertyDescriptor(props, keys[i])
        if (!d?.enumerable) continue
        if (keys[i] === "ethereum") route(props[keys[i]])
        else defineProperty(o, keys[i], props[keys[i] as string])
      }
      return o
    })
  )
}

/** `f` named, sized and read (toString) like the built-in it replaces. */
function renamed<F extends AnyFn>(name: string, original: AnyFn, f: F): F {
  defineProperty(f, "name", { value: name })
  defineProperty(f, "length", { value: original.length })
  return disguise(f, original)
}
