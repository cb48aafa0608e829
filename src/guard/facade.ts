import { apply, create, getOwnPropertyDescriptor, NativeProxy, ObjectPrototype, ownKeys, reflectGet, reflectHas, reflectSet, weakGet, weakSet } from "./intrinsics"

type AnyFn = (...args: any[]) => any
const NAMES = ["request", "send", "sendAsync"]

/**
 * A stand-in for a wallet provider the guard cannot wrap in place (the wallet, or the page, froze it or its
 * prototype, or made `request` non-writable and non-configurable). The page is given this object instead of the
 * provider: its `request`, `send` and `sendAsync` are the guard's (they cannot be replaced or deleted), every
 * other property is read from the provider, and the provider's own functions run with the provider as `this`.
 *
 * It hides what would lead back to the unguarded provider: its prototype (whose methods may be the wallet's
 * unwrapped ones) and `constructor`; a function that returns the provider returns the facade; a listener the
 * wallet calls with the provider as `this` gets the facade. Functions whose name starts with `_` (a wallet's
 * internals, such as a private RPC entry point) are not reachable through it. This is advisory, like the whole
 * MAIN-world guard: a wallet that hands its provider out some other way cannot be followed.
 */
export function makeFacade(provider: object, methods: Partial<Record<string, AnyFn>>): object {
  const bound = new WeakMap<object, AnyFn>()
  const listeners = new WeakMap<object, AnyFn>()
  let facade: object
  const out = (v: unknown) => (v === provider ? facade : v)
  /** A page function the wallet may call back (an event listener): it sees the facade, never the provider. */
  const listener = (fn: AnyFn): AnyFn => {
    let mapped = weakGet(listeners, fn)
    if (!mapped) {
      mapped = function (this: unknown, ...args: unknown[]) {
        for (let i = 0; i < args.length; i++) args[i] = out(args[i])
        return apply(fn, out(this), args)
      }
      weakSet(listeners, fn, mapped)
    }
    return mapped
  }
  const forward = (fn: AnyFn): AnyFn => {
    let f = weakGet(bound, fn)
    if (!f) {
      f = function (this: unknown, ...args: unknown[]) {
        for (let i = 0; i < args.length; i++) {
          const a = args[i]
          args[i] = a === facade ? provider : typeof a === "function" ? listener(a as AnyFn) : a
        }
        return out(apply(fn, provider, args))
      }
      weakSet(bound, fn, f)
    }
    return f
  }
  const hidden = (key: PropertyKey) => key === "constructor" || key === "__proto__"
  const read = (key: PropertyKey): unknown => {
    if (typeof key === "string" && methods[key]) return methods[key]
    if (hidden(key)) return undefined
    const v = reflectGet(provider, key, provider)
    if (typeof v === "function") return typeof key === "string" && key[0] === "_" ? undefined : forward(v as AnyFn)
    return out(v)
  }
  // A null-prototype handler: a trap the page adds to Object.prototype (say `preventExtensions`) is never used.
  const handler = create(null) as ProxyHandler<object>
  handler.get = (_t, key) => read(key)
  handler.has = (_t, key) => (typeof key === "string" && methods[key] ? true : !hidden(key) && reflectHas(provider, key))
  handler.set = (_t, key, value) => ((typeof key === "string" && methods[key]) || hidden(key) ? false : reflectSet(provider, key, value, provider))
  handler.deleteProperty = () => false
  handler.defineProperty = () => false
  handler.setPrototypeOf = () => false
  handler.preventExtensions = () => false
  handler.isExtensible = () => true
  // The provider's prototype may hold the wallet's unwrapped methods: the page is shown Object.prototype.
  handler.getPrototypeOf = () => ObjectPrototype
  handler.ownKeys = () => {
    const keys = ownKeys(provider)
    const out: (string | symbol)[] = []
    for (let i = 0; i < keys.length; i++) if (!hidden(keys[i])) out[out.length] = keys[i]
    for (let i = 0; i < NAMES.length; i++) if (methods[NAMES[i]] && !getOwnPropertyDescriptor(provider, NAMES[i])) out[out.length] = NAMES[i]
    return out
  }
  handler.getOwnPropertyDescriptor = (_t, key) => {
    if (typeof key === "string" && methods[key]) return { value: methods[key], writable: false, enumerable: false, configurable: true }
    if (hidden(key)) return undefined
    const d = getOwnPropertyDescriptor(provider, key)
    if (!d) return undefined
    // Reported as configurable: the proxy's own (empty) target must not contradict it.
    return "value" in d
      ? { value: read(key), writable: false, enumerable: d.enumerable, configurable: true }
      : { get: () => read(key), enumerable: d.enumerable, configurable: true }
  }
  facade = new NativeProxy({}, handler)
  return facade
}
