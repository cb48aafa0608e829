/**
 * Calldata the Shield cannot read. To a contract it does not know: not judged safe. To a known contract:
 * only a note — unless the arguments name an address that is neither you nor a known contract or token
 * (a withdrawal "to" someone, a position opened "for" someone): a well-known contract does not make a call
 * safe when the unread arguments may send value or power elsewhere.
 */
import { partyOf } from "../effects/parties"
import { short } from "../normalize/hex"
import type { Analysis } from "../decode/analysis"
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label } from "./helpers"

const LOW = 1n << 120n
const HIGH = 1n << 160n

/** Addresses found in the argument words (top 12 bytes zero, big enough to be an address, not a small number). */
function strangersNamed(a: Analysis, data: string): string[] {
  const out: string[] = []
  const body = data.slice(10)
  for (let i = 0; i + 64 <= body.length && i < 64 * 64; i += 64) {
    const word = body.slice(i, i + 64)
    if (!word.startsWith("000000000000000000000000")) continue
    const n = BigInt(`0x${word}`)
    if (n < LOW || n >= HIGH) continue
    const address = `0x${word.slice(24)}`
    if (partyOf(a, address) === "stranger" && !out.includes(address)) out.push(address)
  }
  return out
}

/** Unknown pieces of a transaction other than whole undecoded calls (those are judged below). */
const WHOLE_CALL = /^a call the Shield cannot read \(function|whose arguments do not match its signature/

/**
 * A transaction whose calls were decoded but which still holds a piece the Shield could not read (a router
 * step, a batch payload, calls redeemed through a delegation): never "safe", said plainly.
 */
function unreadPieces(rule: Pick<Rule, "id" | "severity">, a: Analysis) {
  if (a.req.kind !== "tx" && a.req.kind !== "batch") return []
  const u = a.effects.find((e) => e.type === "unknown" && e.source === "request" && !WHOLE_CALL.test(e.what))
  if (u?.type !== "unknown") return []
  return [finding(rule, "Part of this transaction was not read", `The Shield could not read ${u.what}. What that part does was not checked.`)]
}

export const undecodedCall: Rule = {
  id: "undecoded-call",
  severity: "unknown",
  description: "A call with calldata that could not be decoded (to a known contract: a note, unless it names an unknown address).",
  check(a) {
    const top = a.calls.filter((c) => c.asUser && c.data.length >= 10 && !c.functionName)
    if (top.length === 0) return unreadPieces(this, a)
    const unknownTarget = top.filter((c) => !a.ctx.knownName(c.to))
    if (unknownTarget.length === 0) {
      for (const c of top.slice(0, 8)) {
        const named = strangersNamed(a, c.data)
        if (named.length > 0) {
          return [
            finding(
              this,
              "Unread call names an unknown address",
              `Function ${c.selector} on ${label(a, c.to)} is not decoded, and its arguments name ${named.slice(0, 2).map(short).join(", ")}, which the Shield does not know. What it does for that address was not checked.`
            )
          ]
        }
      }
      return [finding(this, "Call to a known contract, not decoded", `The call to ${label(a, top[0].to)} uses a function the Shield does not decode.`, "info")]
    }
    const c = unknownTarget[0]
    return [finding(this, "Could not decode this call", `Function ${c.selector} on ${label(a, c.to)} is not one the Shield knows, so what it does was not checked.`)]
  }
}
