/**
 * The guard's side of "facts read through the page's own wallet": answers one read-only question (code,
 * nonce, storage, a call, a simulation) through the wallet's original `request`, so that the Shield may use it
 * to raise a verdict (src/audit/untrustedFacts.ts). Anything else is refused here, before the wallet sees it:
 * a fact query must never become a way to make the wallet sign or send.
 * Not wired yet: the relay would forward the service worker's questions to `readPageFact`.
 */
import { UNTRUSTED_FACT_METHODS } from "../audit/chain/untrustedMethods"
import { apply, isArray, NativePromise, onSettled, timeout } from "./intrinsics"

/** How long the wallet gets to answer one fact query. */
export const PAGE_FACT_MS = 1500

export type PageFactAnswer = { ok: true; result: unknown } | { ok: false; error: string }

/** Asks `provider` (through `originalRequest`, captured before any page script) one read-only method. */
export function readPageFact(originalRequest: (args: unknown) => unknown, provider: object, method: unknown, params: unknown, done: (answer: PageFactAnswer) => void): void {
  let finished = false
  const finish = (answer: PageFactAnswer) => {
    if (finished) return
    finished = true
    done(answer)
  }
  // A plain loop: Array.prototype.includes is the page's to patch.
  let allowed = false
  for (let i = 0; i < UNTRUSTED_FACT_METHODS.length; i++) if (UNTRUSTED_FACT_METHODS[i] === method) allowed = true
  if (typeof method !== "string" || !allowed) return finish({ ok: false, error: "not a read-only fact method" })
  if (!isArray(params) || params.length > 3) return finish({ ok: false, error: "bad params" })
  timeout(() => finish({ ok: false, error: `no answer within ${PAGE_FACT_MS} ms` }), PAGE_FACT_MS)
  try {
    const answer = apply(originalRequest, provider, [{ method, params }])
    if (answer instanceof NativePromise)
      onSettled(
        answer as Promise<unknown>,
        (result) => finish({ ok: true, result }),
        () => finish({ ok: false, error: "the wallet refused" })
      )
    else finish({ ok: false, error: "the wallet did not answer with a promise" })
  } catch {
    finish({ ok: false, error: "the wallet threw" })
  }
}
