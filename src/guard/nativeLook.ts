import { apply, create, defineProperty, NativeProxy, weakGet, weakSet } from "./intrinsics"

/**
 * Fingerprinting (red team round 4, O1): a page that can tell Mamori is there can behave well for it and attack
 * everyone else. `String(ethereum.request)` showed the guard's own source. Each function the guard puts where a
 * page can reach it is registered here with the function it stands for, and reads, through
 * `Function.prototype.toString`, exactly as that one does: the wallet's own source for a wrapped wallet method,
 * `function defineProperty() { [native code] }` for a routed built-in. (A determined page can still notice a
 * guard in other ways; the README's guard section lists them.)
 */
const nativeToString = Function.prototype.toString
const looks = new WeakMap<object, object>()

/** `fn` reads as `like` does. */
export function disguise<F extends object>(fn: F, like: object): F {
  weakSet(looks, fn, weakGet(looks, like) ?? like)
  return fn
}

let masked = false

/** Replaces the window's `Function.prototype.toString` with one that answers for disguised functions (once). */
export function maskToString(win: { Function?: { prototype: Record<string, unknown> } }): void {
  const proto = win.Function?.prototype
  if (masked || !proto || proto.toString !== nativeToString) return
  const handler = create(null) as ProxyHandler<typeof nativeToString>
  handler.apply = (target, self, args) => {
    const like = typeof self === "function" ? weakGet(looks, self as object) : undefined
    return apply(target, like ?? self, args)
  }
  const masking = new NativeProxy(nativeToString, handler)
  disguise(masking, nativeToString)
  try {
    defineProperty(proto, "toString", { value: masking, writable: true, configurable: true, enumerable: false })
    masked = true
  } catch {
    // A frozen Function.prototype: nothing to mask with.
  }
}
