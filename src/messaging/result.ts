import { errorMessage, MamoriError } from "../errors/base"

/** The one shape every message reply takes: the value, or an error with a stable code and one sentence. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError }

/** An error as plain data, so it crosses `chrome.runtime` intact (an `Error` does not). */
export type ResultError = { code: string; message: string }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } })

/** Anything thrown, as a failed result: a `MamoriError` keeps its code, the rest get `fallbackCode`. */
export function failFromError(error: unknown, fallbackCode: string): Result<never> {
  return fail(error instanceof MamoriError ? error.code : fallbackCode, errorMessage(error))
}

/** A failed result met by a caller that prefers exceptions (`unwrap`). Keeps the code. */
export class MessageError extends MamoriError {
  override name = "MessageError"
}

/** The value of a result, or a `MessageError` with the handler's code and message. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new MessageError(result.error.message, { code: result.error.code })
}
