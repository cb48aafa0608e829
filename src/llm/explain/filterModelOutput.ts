import type { Verdict } from "../prompt/types"
import { findVerdictContradiction } from "./findVerdictContradiction"

import type { UngroundedMention } from "./findUngroundedMention"

/** What the post-filters did, for the UI and for logs. */
export type OutputFlag =
  | { kind: "contradicts-verdict"; phrase: string; sentence: string }
  /** The model wrote an address, amount or token the request does not contain: its whole text was discarded. */
  | { kind: "ungrounded"; mention: UngroundedMention; sentence: string }

/** Text without a sentence end longer than this is released in part; the last `HOLD_BACK` characters wait. */
const LONG_RUN = 160
const HOLD_BACK = 60

/** Shown in place of a dropped sentence so the user sees that something was removed, and why. */
export const DROPPED_NOTICE = "[Mamori removed a sentence from the model that contradicted the rules' verdict.]"

/**
 * Filters a stream of model text deltas sentence by sentence: sentences that claim safety (or invite
 * the user to sign) against a danger/warning/unknown verdict are replaced by `DROPPED_NOTICE` and
 * reported to `onFlag`. Text is held back only until its sentence ends, so streaming stays smooth.
 */
export async function* filterModelOutput(deltas: AsyncIterable<string>, verdict: Verdict, onFlag: (flag: OutputFlag) => void): AsyncGenerator<string> {
  let pending = ""
  let dropped = false
  // The end of the text already released: a claim split across a sentence or paragraph break
  // ("You can\n\nsign it.") is still caught, and the part that completes it is dropped.
  let tail = ""
  const release = (sentence: string): string | undefined => {
    const phrase = findVerdictContradiction(tail + sentence, verdict)
    // Released text was checked with its own tail, so a new match must involve this sentence.
    tail = phrase === undefined ? (tail + sentence).slice(-60) : ""
    if (phrase === undefined) return sentence
    onFlag({ kind: "contradicts-verdict", phrase, sentence: sentence.trim() })
    if (dropped) return undefined // one notice per reply is enough
    dropped = true
    return `${sentence.match(/^\s*/)?.[0] ?? ""}${DROPPED_NOTICE}`
  }
  for await (const delta of deltas) {
    pending += delta
    // A sentence ends at . ! ? followed by whitespace, or at a blank line; keep the trailing text pending.
    let match: RegExpExecArray | null
    const boundary = /[.!?](?=\s)|\n\n/g
    let start = 0
    while ((match = boundary.exec(pending)) !== null) {
      const end = match.index + match[0].length
      const out = release(pending.slice(start, end))
      if (out) yield out
      start = end
    }
    pending = pending.slice(start)
    // Small models often write long runs without a full stop: release all but the last words, so the
    // text still streams. A claim cut in two is caught when its end is released (the tail is rechecked).
    if (pending.length > LONG_RUN) {
      const cut = pending.lastIndexOf(" ", pending.length - HOLD_BACK)
      if (cut > 0) {
        const out = release(pending.slice(0, cut))
        if (out) yield out
        pending = pending.slice(cut)
      }
    }
  }
  if (pending) {
    const out = release(pending)
    if (out) yield out
  }
}
