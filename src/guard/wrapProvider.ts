import { userRejected } from "./rejection"
import { isSigningMethod } from "./signingMethods"

export type ReviewRequest = { method: string; params?: unknown }
/** Asks the user about one signing request; resolves true to forward it to the wallet. */
export type Reviewer = (request: ReviewRequest, provider: object) => Promise<{ allow: boolean; reason?: string }>

type AnyFn = (...args: any[]) => any
const wrapped = new WeakSet<object>()

/**
 * Wraps a wallet provider's `request`, `send` and `sendAsync` in place, so that signing requests wait for the
 * user's review and everything else reaches the wallet unchanged (same `this`, same results, same errors,
 * same flags). The provider object itself is never replaced. Returns false when there was nothing to wrap.
 */
export function wrapProvider(provider: object, review: Reviewer): boolean {
  if (wrapped.has(provider)) return false
  const p = provider as Record<string, unknown>
  const original = {
    request: typeof p.request === "function" ? (p.request as AnyFn) : undefined,
    send: typeof p.send === "function" ? (p.send as AnyFn) : undefined,
    sendAsync: typeof p.sendAsync === "function" ? (p.sendAsync as AnyFn) : undefined
  }
  if (!original.request && !original.send && !original.sendAsync) return false
  wrapped.add(provider)

  const reviewed = async (request: ReviewRequest): Promise<void> => {
    const decision = await review({ method: request.method, params: request.params }, provider)
    if (!decision.allow) throw userRejected(decision.reason)
  }

  const patches: Record<string, AnyFn> = {}
  if (original.request) {
    const request = original.request
    patches.request = function (this: unknown, args: any, ...rest: unknown[]) {
      if (!isSigningMethod(args?.method)) return request.call(this, args, ...rest)
      return reviewed(args).then(() => request.call(this, args, ...rest))
    }
  }
  if (original.sendAsync) {
    const sendAsync = original.sendAsync
    patches.sendAsync = function (this: unknown, payload: any, callback: AnyFn, ...rest: unknown[]) {
      if (Array.isArray(payload) || !isSigningMethod(payload?.method)) return sendAsync.call(this, payload, callback, ...rest)
      reviewed(payload).then(
        () => sendAsync.call(this, payload, callback, ...rest),
        (error) => callback?.(error, { id: payload?.id, jsonrpc: "2.0", error: { code: error.code, message: error.message } })
      )
    }
  }
  if (original.send) {
    const send = original.send
    patches.send = function (this: unknown, methodOrPayload: any, paramsOrCallback?: any, ...rest: unknown[]) {
      // send(method, params) → Promise; send(payload, callback) → callback; send(payload) → legacy sync.
      const method = typeof methodOrPayload === "string" ? methodOrPayload : methodOrPayload?.method
      if (!isSigningMethod(method)) return send.call(this, methodOrPayload, paramsOrCallback, ...rest)
      if (typeof methodOrPayload === "string")
        return reviewed({ method, params: paramsOrCallback }).then(() => send.call(this, methodOrPayload, paramsOrCallback, ...rest))
      if (typeof paramsOrCallback === "function") {
        reviewed(methodOrPayload).then(
          () => send.call(this, methodOrPayload, paramsOrCallback, ...rest),
          (error) => paramsOrCallback(error, { id: methodOrPayload?.id, jsonrpc: "2.0", error: { code: error.code, message: error.message } })
        )
        return undefined
      }
      // A synchronous signing call cannot wait for the user: refuse it rather than let it through unseen.
      throw userRejected("Mamori cannot review a synchronous signing request.")
    }
  }

  for (const [name, fn] of Object.entries(patches)) {
    Object.defineProperty(fn, "name", { value: name })
    if (!install(provider, name, fn)) return false
  }
  return true
}

/** Sets the wrapper on the object when it can be written; else on the prototype chain owner is left alone. */
function install(target: object, name: string, fn: AnyFn): boolean {
  const own = Object.getOwnPropertyDescriptor(target, name)
  try {
    if (!own || own.configurable) {
      Object.defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: own?.enumerable ?? false })
      return true
    }
    if (own.writable) {
      ;(target as Record<string, unknown>)[name] = fn
      return true
    }
  } catch {
    // A frozen provider: it cannot be wrapped in place.
  }
  return false
}
