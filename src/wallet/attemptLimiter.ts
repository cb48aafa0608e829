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
  /**
   * Where the count lives between service-worker restarts (default: memory only). Read before every attempt
   * and written after every change, so stopping the worker does not reset the wait.
   */
  store?: LimiterStore
}

/** The limiter's persisted state: wrong passwords in a row and the end of the current wait (epoch ms). */
export type LimiterState = { failures: number; blockedUntil: number }
export type LimiterStore = { load(): Promise<unknown>; save(state: LimiterState): Promise<void> }

/** Reads a stored state defensively: anything unreadable counts as one long wait, never as a fresh start. */
export function parseLimiterState(value: unknown, now: number): LimiterState {
  if (value === undefined || value === null) return { failures: 0, blockedUntil: 0 }
  const v = value as Partial<LimiterState>
  if (Number.isSafeInteger(v.failures) && (v.failures as number) >= 0 && typeof v.blockedUntil === "number" && Number.isFinite(v.blockedUntil))
    return { failures: v.failures as number, blockedUntil: v.blockedUntil }
  return { failures: 10, blockedUntil: now + 60_000 }
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
export function createAttemptLimiter({
  freeFailures = 2,
  baseDelayMs = 1_000,
  maxDelayMs = 300_000,
  now = () => Date.now(),
  store
}: AttemptLimiterParameters = {}): AttemptLimiter {
  let failures = 0
  let blockedUntil = 0
  const save = () => store?.save({ failures, blockedUntil })
  // One check at a time: parallel guesses would all read the same count before any failure is written.
  let last: Promise<unknown> = Promise.resolve()
  return {
    attempt(work) {
      const run = last.then(
        () => attemptOne(work),
        () => attemptOne(work)
      )
      last = run.catch(() => undefined)
      return run
    }
  }
  async function attemptOne<T>(work: () => Promise<T>): Promise<T> {
    if (store) ({ failures, blockedUntil } = parseLimiterState(await store.load(), now()))
    const wait = blockedUntil - now()
    if (wait > 0)
      throw new WalletError(`Too many wrong passwords. Try again in ${Math.ceil(wait / 1000)} s.`, {
        code: "wallet/rate-limited",
        details: `${failures} wrong passwords in a row`
      })
    try {
      const value = await work()
      if (failures || blockedUntil) {
        failures = 0
        blockedUntil = 0
        await save()
      }
      return value
    } catch (error) {
      if (error instanceof WalletError && error.code === "wallet/wrong-password") {
        failures += 1
        if (failures > freeFailures) blockedUntil = now() + Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - freeFailures - 1))
        await save()
      }
      throw error
    }
  }
}
