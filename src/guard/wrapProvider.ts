import { copyBatch, copyRequest, type RequestCopy } from "./copyRequest"
import { makeFacade } from "./facade"
import {
  apply,
  create,
  deepFreeze,
  defineProperty,
  getOwnPropertyDescriptor,
  getPrototypeOf,
  isArray,
  NativePromise,
  ObjectPrototype,
  onSettled,
  promiseReject,
  weakAdd,
  weakGet,
  weakHas,
  weakSet
} from "./intrinsics"
import { asksOnlyForAccounts, methodKind } from "./passThroughMethods"
import { unsupportedRequest, userRejected, type ProviderRejection, type UnsupportedRequest } from "./rejection"
import { disguise } from "./nativeLook"
import { chainChanged, readWalletChain } from "./walletChain"

export type ReviewRequest = RequestCopy
/**
 * Asks the user about one request (the frozen copy and its JSON, exactly what the wallet will receive) and calls
 * `decide` once with the answer. Callback-shaped on purpose: no promise the page could hook sits on the decision
 * path.
 */
export type Reviewer = (
  request: ReviewRequest,
  json: string,
  provider: object,
  decide: (allow: boolean, reason?: string) => void,
  /** The wallet's chain when the review starts, read through its own `request`: what the request is judged on. */
  walletChainId?: string
) => void
export type OnStopped = (method: string, reason: string) => void

type AnyFn = (...args: any[]) => any
export const PROVIDER_METHODS = ["request", "send", "sendAsync"] as const
export type ProviderMethod = (typeof PROVIDER_METHODS)[number]

/** Functions made by the guard: never wrapped twice, and a prototype shared by several providers is wrapped once. */
const ours = new WeakSet<object>()
/** Our wrapper → the wallet's function it stands for. */
const originalOf = new WeakMap<object, AnyFn>()
/** Wallet functions that could not be replaced in place (a frozen provider or prototype): the facade wraps them. */
const unreplaceable = new WeakSet<object>()
/** Provider → what the page should be given for it: the provider itself (wrapped in place) or its facade. */
const exposedOf = new WeakMap<object, object>()
const facades = new WeakSet<object>()

export const isOurs = (f: unknown): boolean => typeof f === "function" && weakHas(ours, f)
export const markOurs = <F extends AnyFn>(f: F, name?: string): F => {
  if (name) defineProperty(f, "name", { value: name })
  weakAdd(ours, f)
  return f
}

/**
 * Guards a wallet provider and returns the object the page must be given for it (undefined when it is not a
 * provider). `request`, `send` and `sendAsync` are wrapped wherever they are defined: on the object and on every
 * prototype above it (a class-based provider keeps them on its prototype; calling the prototype's method, or
 * deleting the own one, must not reach the wallet unreviewed). When one of them cannot be replaced — a frozen
 * provider or prototype, an own non-writable non-configurable `request` — the guard does not fail open: it
 * returns a frozen facade whose methods are guarded and which forwards to the provider; the page is then given
 * the facade (window.ethereum, EIP-6963 announcements) and never the provider.
 *
 * Every request is read once into a plain copy. Only methods on the read-only list pass straight through; every
 * other one waits for the user's decision (also inside `send`/`sendAsync` batches, each element), and the wallet
 * then receives the reviewed copy, deep-frozen, exactly once: nothing marks it as approved, so a page that gets
 * hold of it (through a built-in the wallet calls) and passes it back is reviewed again. A method that is not a
 * plain string is refused (EIP-1193 4200).
 */
export function guardProvider(provider: object, review: Reviewer, onStopped?: OnStopped): object | undefined {
  if (weakHas(facades, provider)) return provider
  const known = weakGet(exposedOf, provider)
  if (known) return known
  let found = false
  let failed = false
  // Null-prototype records here and below: an inherited `request` the page put on Object.prototype is never read.
  const lowest = create(null) as Partial<Record<ProviderMethod, AnyFn>>
  for (let target: object | null = provider; target && target !== ObjectPrototype; target = getPrototypeOf(target)) {
    for (let m = 0; m < PROVIDER_METHODS.length; m++) {
      const name = PROVIDER_METHODS[m]
      const own = getOwnPropertyDescriptor(target, name)
      if (!own) continue
      // A method behind a getter cannot be replaced by a wrapper that keeps the getter's behaviour: use the facade.
      const fn = "value" in own ? own.value : typeof own.get === "function" ? safeGet(own.get, provider) : undefined
      if (typeof fn !== "function") continue
      found = true
      if (!lowest[name]) lowest[name] = fn
      if (isOurs(fn)) continue
      if (!("value" in own) || !install(target, name, own, makeWrapper(name, fn, review, onStopped))) {
        failed = true
        weakAdd(unreplaceable, fn)
      }
    }
  }
  if (!found) return undefined
  const exposed = failed ? makeFacade(provider, facadeMethods(provider, lowest, review, onStopped)) : provider
  if (failed) weakAdd(facades, exposed)
  weakSet(exposedOf, provider, exposed)
  return exposed
}

/** True when `provider` is guarded (wrapped in place or behind a facade). */
export function wrapProvider(provider: object, review: Reviewer, onStopped?: OnStopped): boolean {
  return guardProvider(provider, review, onStopped) !== undefined
}

function safeGet(getter: AnyFn, self: object): unknown {
  try {
    return apply(getter, self, [])
  } catch {
    return undefined
  }
}

/** The facade's methods: ours, always called with the provider as `this`. */
function facadeMethods(provider: object, lowest: Partial<Record<ProviderMethod, AnyFn>>, review: Reviewer, onStopped?: OnStopped) {
  const out = create(null) as Partial<Record<ProviderMethod, AnyFn>>
  for (let m = 0; m < PROVIDER_METHODS.length; m++) {
    const name = PROVIDER_METHODS[m]
    const fn = lowest[name]
    if (!fn) continue
    out[name] = isOurs(fn)
      ? disguise(
          markOurs(function (this: unknown, ...args: unknown[]) {
            return apply(fn, provider, args)
          }, name),
          fn
        )
      : makeWrapper(name, fn, review, onStopped, provider)
  }
  return out
}

/**
 * The wallet's own `request` for `self`: the first one on its prototype chain that the guard wrapped (its
 * original) or could not replace. A function the page put there is skipped: the reviewed copy goes to the wallet.
 */
function walletRequestFor(self: unknown): AnyFn | undefined {
  let target = self !== null && (typeof self === "object" || typeof self === "function") ? (self as object) : null
  for (let depth = 0; target && target !== ObjectPrototype && depth < 32; depth++, target = getPrototypeOf(target)) {
    const own = getOwnPropertyDescriptor(target, "request")
    const fn = own && "value" in own ? own.value : undefined
    if (typeof fn !== "function") continue
    if (isOurs(fn)) {
      const original = weakGet(originalOf, fn)
      if (original) return original
    } else if (weakHas(unreplaceable, fn)) return fn
  }
  return undefined
}

type Response = { id: unknown; jsonrpc: "2.0"; result?: unknown; error?: { code: unknown; message: unknown; data?: unknown } }
const errorResponse = (id: unknown, e: { code?: unknown; message?: unknown; data?: unknown } | undefined): Response => ({
  id,
  jsonrpc: "2.0",
  error: { code: e?.code, message: e?.message, data: e?.data }
})

function makeWrapper(name: ProviderMethod, original: AnyFn, review: Reviewer, onStopped?: OnStopped, fixedThis?: object): AnyFn {
  /** A request stopped without review (unreadable, too large): the page gets 4001 and the user is told. */
  const stopped = (method: unknown, reason: string): ProviderRejection => {
    tell(method, reason)
    // The user is told why (the notice); the page gets a wallet's usual words, not a text that names Mamori.
    return userRejected()
  }
  const tell = (method: unknown, reason: string) => {
    try {
      onStopped?.(typeof method === "string" ? method : "unnamed", reason)
    } catch {
      // telling the user is best effort; the request is refused either way
    }
  }
  const badMethod = (): UnsupportedRequest => {
    const reason = "The request's method is not a plain string, so Mamori refused it (it was not sent to your wallet)."
    tell("unnamed", reason)
    return unsupportedRequest()
  }
  /**
   * One review, bound to the wallet's chain (red team N2): the chain is read through the wallet's own `request`
   * before the review (and sent as the chain to judge on), and again after the user's Continue; a request whose
   * chain changed meanwhile is not sent. (A page's chain switch is itself reviewed, so it waits in the queue.)
   */
  const reviewOne = (self: object, copy: RequestCopy, json: string, onAllowed: () => void, onRejected: (e: ProviderRejection) => void) => {
    const walletRequest = name === "request" ? original : walletRequestFor(self)
    readWalletChain(walletRequest, self, (reviewedOn) =>
      review(
        copy,
        json,
        self,
        (allow, reason) => {
          if (!allow) return onRejected(userRejected(reason))
          if (reviewedOn === undefined) return onAllowed()
          readWalletChain(walletRequest, self, (now) => (now === reviewedOn ? onAllowed() : onRejected(chainChanged(reviewedOn, now))))
        },
        reviewedOn
      )
    )
  }

  /** Whether a copied element reaches the wallet without review. */
  const passes = (copy: { method: string; params?: unknown }) => {
    const kind = methodKind(copy.method)
    return kind === "pass" || (kind === "permissions" && asksOnlyForAccounts(copy.params))
  }
  /** Reviews each element of a copied batch that is not read-only, in turn; the first rejection rejects the batch. */
  const reviewBatch = (self: object, batch: Record<string, unknown>[], done: (error?: ProviderRejection) => void) => {
    let i = 0
    const next = (): void => {
      while (i < batch.length && passes(batch[i] as { method: string })) i++
      if (i >= batch.length) return done()
      const element = batch[i++]
      const one = copyRequest(element.method, element.params, "params" in element)
      if (!one.ok) return done(stopped(element.method, one.reason))
      reviewOne(self, one.copy, one.json, next, done)
    }
    next()
  }
  // Plain loops: Array.prototype.map/some are the page's to patch.
  const errorsFor = (batch: Record<string, unknown>[], e: Error & { code: number }) => {
    const out: Response[] = []
    for (let k = 0; k < batch.length; k++) out[k] = errorResponse(batch[k]?.id, e)
    return out
  }
  /** Every element has a string method (default deny: anything else is refused, never forwarded). */
  const wellFormed = (batch: Record<string, unknown>[]) => {
    for (let k = 0; k < batch.length; k++) {
      const e = batch[k]
      if (!e || typeof e !== "object" || isArray(e) || typeof e.method !== "string") return false
    }
    return true
  }
  const allPass = (batch: Record<string, unknown>[]) => {
    for (let k = 0; k < batch.length; k++) if (!passes(batch[k] as { method: string })) return false
    return true
  }
  /** One reviewed element, deep-frozen, to the wallet's own `request`, once. */
  const deliver = (self: object, request: AnyFn, element: Record<string, unknown>, done: (r: Response) => void) => {
    const copy = deepFreeze("params" in element ? { method: element.method, params: element.params } : { method: element.method })
    try {
      const answer = apply(request, self, [copy])
      if (answer instanceof NativePromise)
        onSettled(
          answer as Promise<unknown>,
          (result) => done({ id: element.id, jsonrpc: "2.0", result }),
          (e) => done(errorResponse(element.id, e as never))
        )
      else done({ id: element.id, jsonrpc: "2.0", result: answer })
    } catch (e) {
      done(errorResponse(element.id, e as never))
    }
  }
  /**
   * A reviewed `send`/`sendAsync` call with a callback: each element goes to the wallet's own `request` once, and
   * the callback gets the JSON-RPC responses. (Handing the wallet's `sendAsync` the batch would let a wallet that
   * implements it with its own `request` need a second review, and a page hook inside it replay elements.)
   * A legacy provider without `request` gets the frozen batch through the called method, once.
   */
  const deliverWithCallback = (self: object, batch: Record<string, unknown>[], single: boolean, callback: AnyFn, rest: unknown[]) => {
    const request = walletRequestFor(self)
    if (!request) return apply(original, self, [deepFreeze(single ? batch[0] : batch), callback, ...rest])
    const responses: Response[] = []
    let left = batch.length
    for (let k = 0; k < batch.length; k++) {
      deliver(self, request, batch[k], (r) => {
        responses[k] = r
        if (--left) return
        if (!single) return callback(null, responses)
        const error = responses[0].error
        callback(error ? errorFromResponse(error) : null, responses[0])
      })
    }
  }
  /** send/sendAsync with a payload or a batch (and a callback, or none: legacy synchronous send). */
  const callbackForm = (self: object, payload: unknown, callback: unknown, rest: unknown[], method: ProviderMethod) => {
    const single = !isArray(payload)
    // A method that is not a plain string is refused, even if its JSON would read as one.
    if (!rawMethodsAreStrings(single ? [payload] : (payload as unknown[]))) {
      const e = badMethod()
      if (typeof callback !== "function") throw e
      return void (callback as AnyFn)(e, undefined)
    }
    const batch = copyBatch(single ? [payload] : payload)
    const cb = typeof callback === "function" ? (callback as AnyFn) : undefined
    if (!batch) {
      const e = stopped(single ? safeMethod(payload) : "batch", "Mamori could not read this request (not plain JSON, or too large), so it was stopped.")
      if (!cb) throw e
      return void cb(e, undefined)
    }
    if (!wellFormed(batch.copy)) {
      const e = badMethod()
      if (!cb) throw e
      return void cb(e, single ? errorResponse(batch.copy[0]?.id, e) : errorsFor(batch.copy, e))
    }
    const forward = single ? batch.copy[0] : batch.copy
    if (allPass(batch.copy)) return apply(original, self, [forward, callback, ...rest])
    if (!cb) throw stopped(method, `Mamori cannot review a synchronous ${method} request.`)
    reviewBatch(self, batch.copy, (error) => {
      if (error) return void cb(error, single ? errorResponse(batch.copy[0]?.id, error) : errorsFor(batch.copy, error))
      deliverWithCallback(self, batch.copy, single, cb, rest)
    })
    return undefined
  }

  let wrapper: AnyFn
  if (name === "request") {
    wrapper = function (this: object, args: any, ...rest: unknown[]) {
      const self = fixedThis ?? this
      // One read of each field: a getter cannot answer one thing to Mamori and another to the wallet.
      const isObject = args !== null && typeof args === "object"
      const method = isObject ? args.method : undefined
      const hasParams = isObject && "params" in args
      const params = hasParams ? args.params : undefined
      if (typeof method !== "string") return promiseReject(badMethod())
      if (methodKind(method) === "pass") return apply(original, self, [hasParams ? { method, params } : { method }, ...rest])
      const copied = copyRequest(method, params, hasParams)
      if (!copied.ok) return promiseReject(stopped(method, copied.reason))
      const send = () => apply(original, self, [deepFreeze(copied.copy), ...rest])
      if (passes(copied.copy)) return send()
      return new NativePromise((resolve, reject) => reviewOne(self, copied.copy, copied.json, () => resolve(send()), reject))
    }
  } else if (name === "sendAsync") {
    wrapper = function (this: object, payload: unknown, callback: unknown, ...rest: unknown[]) {
      return callbackForm(fixedThis ?? this, payload, callback, rest, "sendAsync")
    }
  } else {
    wrapper = function (this: object, methodOrPayload: unknown, paramsOrCallback?: unknown, ...rest: unknown[]) {
      const self = fixedThis ?? this
      // send(method, params) → Promise; send(payload | batch, callback) → callback; send(payload) → legacy sync.
      if (typeof methodOrPayload !== "string") return callbackForm(self, methodOrPayload, paramsOrCallback, rest, "send")
      const method = methodOrPayload
      if (methodKind(method) === "pass") return apply(original, self, [method, paramsOrCallback, ...rest])
      const copied = copyRequest(method, paramsOrCallback, true)
      if (!copied.ok) return promiseReject(stopped(method, copied.reason))
      const request = walletRequestFor(self)
      // The reviewed copy goes to the wallet's own `request` once (its `send` may call `request` again itself).
      const send = () => (request ? apply(request, self, [deepFreeze(copied.copy)]) : apply(original, self, [method, deepFreeze(copied.copy).params, ...rest]))
      if (passes(copied.copy)) return send()
      return new NativePromise((resolve, reject) => reviewOne(self, copied.copy, copied.json, () => resolve(send()), reject))
    }
  }
  markOurs(wrapper, name)
  // Read like the wallet's own method (String(ethereum.request) showed the guard's source: a fingerprint).
  defineProperty(wrapper, "length", { value: original.length })
  disguise(wrapper, original)
  weakSet(originalOf, wrapper, original)
  return wrapper
}

function rawMethodsAreStrings(list: unknown[]): boolean {
  try {
    for (let k = 0; k < list.length; k++) {
      const e = list[k] as { method?: unknown } | null
      if (e && typeof e === "object" && typeof e.method !== "string") return false
    }
    return true
  } catch {
    return false
  }
}

function safeMethod(payload: unknown): unknown {
  try {
    return (payload as { method?: unknown })?.method
  } catch {
    return undefined
  }
}

function errorFromResponse(error: { code: unknown; message: unknown; data?: unknown }): Error {
  const e = new Error(typeof error.message === "string" ? error.message : "The wallet returned an error.") as Error & { code?: unknown; data?: unknown }
  e.code = error.code
  if (error.data !== undefined) e.data = error.data
  return e
}

/** Replaces a method on its owner (the provider or one of its prototypes) when it can be written. */
function install(target: object, name: string, own: PropertyDescriptor, fn: AnyFn): boolean {
  try {
    if (own.configurable) {
      defineProperty(target, name, { value: fn, writable: own.writable ?? true, configurable: true, enumerable: own.enumerable ?? false })
      return true
    }
    if (own.writable) {
      ;(target as Record<string, unknown>)[name] = fn
      return (target as Record<string, unknown>)[name] === fn
    }
  } catch {
    // A frozen provider or prototype: it cannot be wrapped in place.
  }
  return false
}
