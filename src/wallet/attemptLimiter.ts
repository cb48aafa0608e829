import { WalletError } from "./errors"

export type AttemptLimiterParameters = {
  /** Wrong passwords allowed before any wait (default 2: a typo or two costs nothing). */
  freeFailures?: number
  /** The first wait; each further failure doubles it (default 1 s). */
  baseDelayMs?: number
  /** The longest wait (default 5 min). */
  maxDelayMs?: number
  /** The clock (injected in tests). */
  now?: () => number
}

export type AttemptLimiter = {
  /**
   * Runs one password check. While a wait is running it throws `wallet/rate-limited` (saying how long)
   * without running `work`. A `wallet/wrong-password` failure counts: past the free failures the next try
   * waits, twice as long each time. A success starts the count again.
   */
  attempt<T>(work: () => Promise<T>): Promise<T>
}

/**
 * Backoff for password checks (unlock, export): without it a caller can try passwords as fast as the key
 * derivation answers. The wait is enforced before the password is even looked at.
 */
export function createAttemptLimiter({ freeFailures = 2, baseDelayMs = 1_000, maxDelayMs = 300_000, now = () => Date.now() }: AttemptLimiterParameters = {}): AttemptLimiter {
  let failures = 0
  let blockedUntil = 0
  return {
    async attempt(work) {
      const wait = blockedUntil - now()
      if (wait > 0)
        throw new WalletError(`Too many wrong passwords. Try again in ${Math.ceil(wait / 1000)} s.`, {
          code: "wallet/rate-limited",
          details: `${failures} wrong passwords in a row`
        })
      try {
        const value = await work()
        failures = 0
        blockedUntil = 0
        return value
      } catch (error) {
        if (error instanceof WalletError && error.code === "wallet/wrong-password") {
          failures += 1
          if (failures > freeFailures) blockedUntil = now() + Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - freeFailures - 1))
        }
        throw error
      }
    }
  }
}
