import { isArray, jsonParse, jsonStringify, prototypesPolluted } from "./intrinsics"

/** The largest request the guard sends for review; the relay and the service worker refuse larger ones. */
export const MAX_REQUEST_CHARS = 1_000_000

export type RequestCopy = { method: string; params?: unknown }
export type CopyResult = { ok: true; copy: RequestCopy; json: string } | { ok: false; reason: string }

/**
 * Reads a page's request exactly once and returns a plain-data copy: the copy is what is reviewed and the copy
 * is what the wallet receives. A `method` or `params` getter that answers differently on a second read, a
 * params object the page mutates while the user reads the review, or a `toJSON` that changes later: none of it
 * reaches the wallet. Anything that is not JSON data (functions, cycles, BigInt) is refused, not guessed at.
 */
export function copyRequest(method: unknown, params: unknown, hasParams: boolean): CopyResult {
  if (typeof method !== "string") return { ok: false, reason: "The request has no method name." }
  let json: string
  try {
    json = jsonStringify(hasParams ? { method, params } : { method })
  } catch {
    return { ok: false, reason: "Mamori could not read this request (it is not plain JSON data), so it was stopped." }
  }
  if (typeof json !== "string") return { ok: false, reason: "Mamori could not read this request, so it was stopped." }
  if (json.length > MAX_REQUEST_CHARS)
    return { ok: false, reason: `The request is too large to review (${json.length} characters; the limit is ${MAX_REQUEST_CHARS}), so it was stopped.` }
  if (prototypesPolluted())
    return { ok: false, reason: "The page changed JavaScript's built-in prototypes, so the wallet might not receive what Mamori would review. The request was stopped." }
  const copy = jsonParse(json) as RequestCopy
  return { ok: true, copy, json }
}

/** Copies a JSON-RPC batch once (each element read once); undefined when it is not plain data. */
export function copyBatch(batch: unknown): { copy: Record<string, unknown>[]; json: string } | undefined {
  try {
    const json = jsonStringify(batch)
    if (typeof json !== "string" || json.length > MAX_REQUEST_CHARS) return undefined
    const copy = jsonParse(json) as unknown
    return isArray(copy) ? { copy: copy as Record<string, unknown>[], json } : undefined
  } catch {
    return undefined
  }
}
