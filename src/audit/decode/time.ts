/** Deadlines and expirations as the chain reads them (seconds), with millisecond mistakes spotted. */
import { toBigIntLoose } from "../normalize/hex"

/** Far enough to mean "never" for our purposes: the year 2286 in seconds. */
const MAX_SECONDS = 10_000_000_000

export type Deadline = { until?: number; wasMs: boolean }

/**
 * Reads a deadline. On-chain it is seconds; a value that only makes sense as milliseconds is kept as the
 * chain reads it (thousands of years away) and flagged, because that is what the signature really allows.
 */
export function readDeadline(value: unknown): Deadline {
  const n = toBigIntLoose(value)
  if (n === undefined) return { wasMs: false }
  if (n === 0n) return { until: 0, wasMs: false }
  const wasMs = n >= 1_000_000_000_000n && n < 100_000_000_000_000n
  const until = n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n)
  return { until, wasMs }
}

/** A date people can read; very far values are said plainly. */
export function describeDeadline(until: number | undefined, wasMs = false): string {
  if (until === undefined) return "no deadline"
  if (until >= MAX_SECONDS) {
    return wasMs
      ? `never in practice (the deadline was written in milliseconds: ${new Date(until).toISOString().slice(0, 10)} was meant, the chain reads year ${yearOf(until)})`
      : "never in practice"
  }
  return new Date(until * 1000).toISOString().replace(".000Z", "Z")
}

function yearOf(seconds: number): string {
  return String(Math.floor(1970 + seconds / 31_556_952))
}
