/**
 * Calldata of a function the Shield has no signature for is still read for where value and power go: a
 * well-known contract does not make a call safe, and an unknown function does not either. The argument
 * words are scanned for addresses (who is named), the user's own address, "unlimited" sentinels and on/off
 * flags. From those alone, with no ABI:
 * - an address that is not the user, not a known contract or listed token and not in the history (a
 *   stranger) named next to an unlimited amount is an unlimited grant to it (approveAndCall, ERC-1363 …);
 * - a stranger named with a flag set (`f(stranger, true)`, `f(you, stranger, true)`), or alone as the only
 *   argument (`f(stranger)`: authorise, hope, approve a plugin, add an operator), is a power handed to it;
 * - on a known protocol contract, a stranger named together with you (`withdraw(assets, stranger, you)`:
 *   acting for you towards someone else) or with a listed token but never you (a swap or removal paying
 *   out to someone else) is where the value goes: an outflow to it;
 * - a stranger named otherwise is left to the `unread-call-names-stranger` rule (a warning).
 * Nothing here lowers a verdict: an undecoded call stays `unknown` on top of what is read.
 */
import { emit } from "../effects/emit"
import { partyOf } from "../effects/parties"
import { listedToken } from "../known/tokenDirectory"
import { short } from "../normalize/hex"
import type { Analysis } from "./analysis"

const LOW = 1n << 120n
const HIGH = 1n << 160n
const MAX_WORDS = 64
/** `type(uintN).max` for the widths amounts are written in: "unlimited" whatever the token. */
const SENTINELS = new Set([96, 112, 128, 160, 192, 255, 256].map((k) => (1n << BigInt(k)) - 1n))
const ZERO = "0x0000000000000000000000000000000000000000"

export type UnreadArgs = {
  /** Addresses named that are not the user, the target, a known contract, a listed token or history. */
  strangers: string[]
  namesUser: boolean
  /** Listed tokens or known contracts named (other than the target). */
  knownNamed: number
  unlimited: boolean
  /** A word equal to 1 (an on/off flag or a count). */
  flag: boolean
  /** Number of argument words read. */
  words: number
}

/** Reads the argument words of `data` (selector first); see the module comment. */
export function readUnreadArgs(a: Analysis, to: string | undefined, data: string): UnreadArgs {
  const out: UnreadArgs = { strangers: [], namesUser: false, knownNamed: 0, unlimited: false, flag: false, words: 0 }
  const body = data.slice(10)
  for (let i = 0; i + 64 <= body.length && out.words < MAX_WORDS; i += 64) {
    out.words++
    const word = body.slice(i, i + 64)
    if (!/^[0-9a-fA-F]{64}$/.test(word)) break
    const n = BigInt(`0x${word}`)
    if (n === 1n) out.flag = true
    if (SENTINELS.has(n)) out.unlimited = true
    if (n < LOW || n >= HIGH) continue
    const address = `0x${word.slice(24).toLowerCase()}`
    if (address === to || address === ZERO) continue
    const party = partyOf(a, address)
    if (party === "user") out.namesUser = true
    else if (party === "known" || listedToken(a.ctx.chainId, address)) out.knownNamed++
    else if (party === "stranger" && !out.strangers.includes(address)) out.strangers.push(address)
  }
  return out
}

/** Records what an undecoded call made with the user's authority gives, by `readUnreadArgs`. */
export function judgeUnreadCall(a: Analysis, call: { to?: string; value: bigint; data: string }, inBatch: boolean): void {
  const r = readUnreadArgs(a, call.to, call.data)
  const stranger = r.strangers[0]
  if (!stranger) return
  const fn = call.data.slice(0, 10)
  const asset = call.to ? { kind: "unknown" as const, token: call.to } : { kind: "unknown" as const }
  if (r.unlimited) {
    emit(a, {
      type: "grant",
      source: "request",
      via: `unread function ${fn} naming an unlimited amount`,
      inBatch: inBatch || undefined,
      power: "allowance",
      to: stranger,
      asset,
      unlimited: true
    })
    return
  }
  // `f(stranger)` alone, or a flag switched on for a stranger: a permission handed over.
  const alone = r.words === 1 && call.value === 0n
  const switched = r.flag && r.words <= 3 && call.value === 0n
  if (alone || switched) {
    emit(a, {
      type: "grant",
      source: "request",
      via: `unread function ${fn} on ${short(call.to)} that names ${short(stranger)}`,
      inBatch: inBatch || undefined,
      power: "manager",
      to: stranger,
      asset
    })
    return
  }
  // Value a known protocol holds or routes goes where its arguments say. On a contract nobody knows, an
  // unlisted address beside you may be its own pool or token: left to the warning (and the verdict unknown).
  if ((r.namesUser || r.knownNamed > 0) && partyOf(a, call.to) === "known") {
    for (const to of r.strangers.slice(0, 2))
      a.transfers.push({
        kind: "unknown",
        token: call.to,
        to,
        via: `unread function ${fn} on ${short(call.to)}, which names ${short(to)}${r.namesUser ? " alongside you" : " and never you"}`,
        inBatch: true
      })
  }
}
