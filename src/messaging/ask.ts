import type { MessageName, MessageRequest, MessageResponse } from "./protocol"
import { fail, type Result } from "./result"

/** Sends one message to the service worker and resolves with its reply (e.g. `(m) => chrome.runtime.sendMessage(m)`). */
export type Transport = (message: { name: MessageName; body: unknown }) => Promise<unknown>

export type CreateAskParameters = {
  /** A reply slower than this becomes a `messaging/timeout` failure instead of a hang (default: none). */
  timeoutMs?: number
}

/** Asks the service worker one typed question; the answer is always a `Result`, never a rejection. */
export type Ask = <N extends MessageName>(name: N, body: MessageRequest<N>) => Promise<Result<MessageResponse<N>>>

/**
 * The caller's side of the protocol. A transport failure (no service worker, a closed channel), a time-out
 * or a reply that is not a `Result` all come back as `{ ok: false, error }` with their own code, so a page
 * explains them like any other failure.
 *
 * @example
 * const ask = createAsk((m) => chrome.runtime.sendMessage(m))
 * const history = await ask("shield-history", {})
 * if (history.ok) show(history.value.entries)
 */
export function createAsk(transport: Transport, { timeoutMs }: CreateAskParameters = {}): Ask {
  return async (name, body) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const sent = transport({ name, body })
      const timeout =
        timeoutMs === undefined
          ? undefined
          : new Promise<"timeout">((resolve) => {
              timer = setTimeout(() => resolve("timeout"), timeoutMs)
            })
      const reply = await (timeout ? Promise.race([sent, timeout]) : sent)
      if (reply === "timeout") return fail("messaging/timeout", `No answer from Mamori's service worker within ${(timeoutMs ?? 0) / 1000} s.`)
      if (!isResult(reply)) return fail("messaging/bad-reply", `Mamori's service worker gave no usable answer to "${name}".`)
      return reply as Result<MessageResponse<typeof name>>
    } catch (error) {
      return fail("messaging/unreachable", `Mamori's service worker is not answering: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      clearTimeout(timer)
    }
  }
}

function isResult(reply: unknown): reply is Result<unknown> {
  if (reply === null || typeof reply !== "object") return false
  const r = reply as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
  if (r.ok === true) return "value" in r
  return r.ok === false && typeof r.error?.code === "string" && typeof r.error?.message === "string"
}
