/**
 * The built-ins the guard uses, captured once when the guard module is evaluated: at document_start, before
 * any page script. A page that later patches `Function.prototype.call`, `Map.prototype.set`, `JSON.parse`,
 * `Promise.prototype.then` or the `detail` getter of `CustomEvent` changes nothing the guard calls.
 *
 * The guard's security path therefore never calls a method through a prototype the page can reach
 * (`fn.call(…)`, `map.set(…)`, `promise.then(…)`, `await`): it goes through `apply` below, plain closures and
 * null-prototype records. (A realm the page poisoned *before* the guard ran, such as an iframe window the
 * parent instrumented, cannot be cleaned from inside; see delegateToTop.ts.)
 */
const R = Reflect
const O = Object
const P = Promise

export const apply: <T>(fn: (...args: any[]) => T, self: unknown, args: readonly unknown[]) => T = R.apply as never
export const ownKeys = R.ownKeys
export const getPrototypeOf = O.getPrototypeOf
export const getOwnPropertyDescriptor = O.getOwnPropertyDescriptor
export const defineProperty = O.defineProperty
export const freeze = O.freeze
export const create = O.create
export const isArray = Array.isArray
export const jsonParse = JSON.parse
export const jsonStringify = JSON.stringify
export const NativePromise = P
export const promiseThen = P.prototype.then
const nativeReject = P.reject.bind(P)
/** `Promise.reject` as it was at start-up. */
export const promiseReject = (e: unknown): Promise<never> => nativeReject(e)
export const ObjectPrototype = O.prototype
export const ArrayPrototype = Array.prototype
export const stringSlice = String.prototype.slice
export const reflectGet = R.get
export const reflectSet = R.set
export const reflectHas = R.has
export const reflectDeleteProperty = R.deleteProperty
export const NativeProxy = Proxy
const WM = WeakMap.prototype
const WS = WeakSet.prototype
/** `map.get(key)` / `map.set(key, value)` / `set.has(v)` / `set.add(v)` through the start-up methods. */
export const weakGet = <V>(map: WeakMap<object, V>, key: object): V | undefined => apply(WM.get, map, [key]) as V | undefined
export const weakSet = <V>(map: WeakMap<object, V>, key: object, value: V): void => void apply(WM.set, map, [key, value])
export const weakHas = (set: WeakSet<object>, value: unknown): boolean =>
  value !== null && (typeof value === "object" || typeof value === "function") && (apply(WS.has, set, [value]) as boolean)
export const weakAdd = (set: WeakSet<object>, value: object): void => void apply(WS.add, set, [value])
export const timeout: (fn: () => void, ms: number) => unknown = globalThis.setTimeout.bind(globalThis) as never

/** `promise.then(a, b)` through the captured `then`: a page's patched `Promise.prototype.then` is never called. */
export function onSettled<T>(promise: Promise<T>, onValue: (v: T) => void, onError: (e: unknown) => void): void {
  apply(promiseThen, promise, [onValue, onError])
}

/** A record without a prototype: reading or writing keys never reaches a setter or getter the page installed. */
export function record<T>(): Record<string, T> {
  return create(null) as Record<string, T>
}

/** Own keys of Object.prototype and Array.prototype at start-up, to notice a page that adds inherited fields later. */
const PROTOTYPE_KEYS = [ownKeys(ObjectPrototype).length, ownKeys(ArrayPrototype).length]

/**
 * True when the page has added properties to Object.prototype or Array.prototype since start-up. A wallet that
 * reads a field the reviewed copy does not have (say `data` on a transaction) would then read the page's
 * value instead: what the wallet receives would no longer be what was reviewed.
 */
export function prototypesPolluted(): boolean {
  return ownKeys(ObjectPrototype).length !== PROTOTYPE_KEYS[0] || ownKeys(ArrayPrototype).length !== PROTOTYPE_KEYS[1]
}

/** Freezes plain JSON data all the way down (a reviewed copy): nobody holding it can change it afterwards. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object") return value
  const keys = ownKeys(value as object)
  for (let i = 0; i < keys.length; i++) deepFreeze((value as Record<PropertyKey, unknown>)[keys[i]])
  return freeze(value)
}
