import { copyBatch, copyRequest, type RequestCopy } from "./copyRequest"
import { apply, defineProperty, getOwnPropertyDescriptor, getPrototypeOf, isArray, NativePromise, ObjectPrototype, promiseReject } from "./intrinsics"
import { userRejected, type ProviderRejection } from "./rejection"
import { isSigningMethod } from "./signingMethods"

export type ReviewRequest = RequestCopy
/**
 * Asks the user about one signing request (the frozen copy and its JSON, exactly what the wallet will receive)
 * and calls `decide` once with the answer. Callback-shaped on purpose: no promise the page could hook sits on
 * the decision path.
 */
export type Reviewer = (request: ReviewRequest, json: string, provider: object, decide: (allow: boolean, reason?: string) => void) => void

type AnyFn = (...args: any[]) => any
const METHODS = ["request", "send", "sendAsync"] as const
/** Wrappers made by the guard: never wrapped twice, and a prototype shared by several providers is wrapped once. */
const ours = new WeakSet<object>()
const wrappedProviders = new WeakSet<object>()
const weakHas = WeakSet.prototype.has
const weakAdd = WeakSet.prototype.add
const isOurs = (f: unknown) => typeof f === "function" && apply(weakHas, ours, [f])
/**
 * Copies the user approved, on their way to the wallet. A wallet whose `send` calls its own (wrapped)
 * `sendAsync` or `request` with the copy it was given is not asked about twice. Only the wallet holds these
 * objects: the page never sees a copy.
 */
const approved = new WeakSet<object>()
const isApproved = (v: unknown) => v !== null && typeof v === "object" && apply(weakHas, approved, [v])
const approve = <T>(v: T): T => {
  if (v !== null && typeof v === "object") apply(weakAdd, approved, [v])
  return v
}

/**
 * Wraps a wallet provider's `request`, `send` and `sendAsync` wherever they are defined: on the object and on
 * every prototype above it (a class-based provider keeps them on its prototype; calling the prototype's method,
 * or deleting the object's own one, must not reach the wallet unreviewed). Every request is read once into a
 * plain copy; signing requests (also inside `send`/`sendAsync` batches, each element) wait for the user's
 * decision, and the wallet receives the copy that was reviewed. Everything else reaches the wallet with the
 * same `this`, results, errors and flags. Returns false when there was nothing to wrap.
 */
export function wrapProvider(provider: object, review: Reviewer, onStopped?: (method: string, reason: string) => void): boolean {
  if (apply(weakHas, wrappedProviders, [provider])) return false
  let found = false
  for (let target: object | null = provider; target && target !== ObjectPrototype; target = getPrototypeOf(target)) {
    for (let m = 0; m < METHODS.length; m++) {
      const name = METHODS[m]
      const own = getOwnPropertyDescriptor(target, name)
      const fn = own && "value" in own ? own.value : undefined
      if (typeof fn !== "function") continue
      if (isOurs(fn)) {
        found = true
        continue
      }
      const wrapper = makeWrapper(name, fn, review, onStopped)
      if (install(target, name, own!, wrapper)) found = true
    }
  }
  if (found) apply(weakAdd, wrappedProviders, [provider])
  return found
}

function makeWrapper(name: (typeof METHODS)[number], original: AnyFn, review: Reviewer, onStopped?: (method: string, reason: string) => void): AnyFn {
  /** A request stopped without review (unreadable, too large): the page gets 4001 and the user is told. */
  const stopped = (method: unknown, reason: string): ProviderRejection => {
    try {
      onStopped?.(typeof method === "string" ? method : "unnamed", reason)
    } catch {
      // telling the user is best effort; the request is refused either way
    }
    return userRejected(reason)
  }
  const reviewOne = (self: object, copy: RequestCopy, json: string, onAllowed: () => void, onRejected: (e: ProviderRejection) => void) =>
    review(copy, json, self, (allow, reason) => (allow ? onAllowed() : onRejected(userRejected(reason))))

  /** Reviews each signing element of a batch in turn; the first rejection rejects the batch. */
  const reviewBatch = (self: object, batch: Record<string, unknown>[], done: (error?: ProviderRejection) => void) => {
    let i = 0
    const next = (): void => {
      while (i < batch.length && !isSigningMethod(batch[i]?.method)) i++
      if (i >= batch.length) return done()
      const element = batch[i++]
      const one = copyRequest(element.method, element.params, "params" in element)
      if (!one.ok) return done(stopped(element.method, one.reason))
      reviewOne(self, one.copy, one.json, next, done)
    }
    next()
  }
  const callbackError = (id: unknown, e: ProviderRejection) => ({ id, jsonrpc: "2.0", error: { code: e.code, message: e.message } })
  // Plain loops: Array.prototype.map/some are the page's to patch.
  const errorsFor = (batch: Record<string, unknown>[], e: ProviderRejection) => {
    const out: unknown[] = []
    for (let k = 0; k < batch.length; k++) out[k] = callbackError(batch[k]?.id, e)
    return out
  }
  const hasSigning = (batch: Record<string, unknown>[]) => {
    for (let k = 0; k < batch.length; k++) if (isSigningMethod(batch[k]?.method)) return true
    return false
  }

  let wrapper: AnyFn
  if (name === "request") {
    wrapper = function (this: object, args: any, ...rest: unknown[]) {
      if (isApproved(args)) return apply(original, this, [args, ...rest])
      // One read of each field: a getter cannot answer one thing to Mamori and another to the wallet.
      const method = args?.method
      const hasParams = args != null && typeof args === "object" && "params" in args
      const params = hasParams ? args.params : undefined
      if (!isSigningMethod(method) || isApproved(params)) return apply(original, this, [hasParams ? { method, params } : { method }, ...rest])
      const copied = copyRequest(method, params, hasParams)
      if (!copied.ok) return promiseReject(stopped(method, copied.reason))
      return new NativePromise((resolve, reject) => reviewOne(this, copied.copy, copied.json, () => resolve(apply(original, this, [approveDeep(copied.copy), ...rest])), reject))
    }
  } else if (name === "sendAsync") {
    wrapper = function (this: object, payload: any, callback: AnyFn, ...rest: unknown[]) {
      if (isApproved(payload)) return apply(original, this, [payload, callback, ...rest])
      if (isArray(payload)) {
        const batch = copyBatch(payload)
        if (!batch) return callback?.(stopped("batch", "Mamori could not read this batch (not plain JSON, or too large), so it was stopped."), undefined)
        return reviewBatch(this, batch.copy, (error) =>
          error ? callback?.(error, errorsFor(batch.copy, error)) : apply(original, this, [approveDeep(batch.copy), callback, ...rest])
        )
      }
      const copy = copyBatch([payload])?.copy[0]
      if (!copy) return callback?.(stopped(payload?.method, "Mamori could not read this request (not plain JSON, or too large), so it was stopped."), undefined)
      if (!isSigningMethod(copy.method)) return apply(original, this, [copy, callback, ...rest])
      reviewBatch(this, [copy], (error) => (error ? callback?.(error, callbackError(copy.id, error)) : apply(original, this, [approveDeep(copy), callback, ...rest])))
    }
  } else {
    wrapper = function (this: object, methodOrPayload: any, paramsOrCallback?: any, ...rest: unknown[]) {
      // send(method, params) → Promise; send(payload | batch, callback) → callback; send(payload) → legacy sync.
      if (isApproved(methodOrPayload) || (typeof methodOrPayload === "string" && isApproved(paramsOrCallback)))
        return apply(original, this, [methodOrPayload, paramsOrCallback, ...rest])
      if (typeof methodOrPayload === "string") {
        if (!isSigningMethod(methodOrPayload)) return apply(original, this, [methodOrPayload, paramsOrCallback, ...rest])
        const copied = copyRequest(methodOrPayload, paramsOrCallback, true)
        if (!copied.ok) return promiseReject(stopped(methodOrPayload, copied.reason))
        return new NativePromise((resolve, reject) =>
          reviewOne(this, copied.copy, copied.json, () => resolve(apply(original, this, [methodOrPayload, approveDeep(copied.copy).params, ...rest])), reject)
        )
      }
      const batch = copyBatch(isArray(methodOrPayload) ? methodOrPayload : [methodOrPayload])
      if (!batch) throw stopped("send", "Mamori could not read this request (not plain JSON, or too large), so it was stopped.")
      const forward = isArray(methodOrPayload) ? batch.copy : batch.copy[0]
      const anySigning = hasSigning(batch.copy)
      if (!anySigning) return apply(original, this, [forward, paramsOrCallback, ...rest])
      if (typeof paramsOrCallback !== "function") throw userRejected("Mamori cannot review a synchronous signing request.")
      reviewBatch(this, batch.copy, (error) =>
        error
          ? paramsOrCallback(error, isArray(methodOrPayload) ? errorsFor(batch.copy, error) : callbackError(batch.copy[0]?.id, error))
          : apply(original, this, [approveDeep(forward), paramsOrCallback, ...rest])
      )
      return undefined
    }
  }
  defineProperty(wrapper, "name", { value: name })
  apply(weakAdd, ours, [wrapper])
  return wrapper
}

/** Marks a reviewed copy (a request, or a batch and its elements) and its params as approved. */
function approveDeep<T>(value: T): T {
  approve(value)
  if (isArray(value)) for (let i = 0; i < value.length; i++) approveDeep(value[i])
  else if (value !== null && typeof value === "object") approve((value as { params?: unknown }).params)
  return value
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
      return true
    }
  } catch {
    // A frozen provider or prototype: it cannot be wrapped in place.
  }
  return false
}
