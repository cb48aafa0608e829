import type { LlmEngine } from "../engine"
import { LlmAbortedError, LlmError, EngineFailedError, isLlmError } from "../errors"
import { buildExplainMessages, EXPLAIN_DATA_CHARS } from "../prompt/buildExplainMessages"
import { normaliseVerdict, type ExplainInput, type Verdict } from "../prompt/types"
import { explainFromTemplates } from "../templates/explainFromTemplates"
import { filterModelOutput, type OutputFlag } from "./filterModelOutput"
import { findUngroundedMention, groundsOf, type UngroundedMention } from "./findUngroundedMention"

/** Page data in the retry after the model refused the prompt as too long (a 2k-token context, a byte-level tokenizer). */
const SHORT_DATA_CHARS = 400

export type ExplainAuditParameters = {
  /** The local model; when absent or not loaded, the template explanation is used. */
  engine?: LlmEngine
  signal?: AbortSignal
  /** Cap on generated tokens (default 220). */
  maxTokens?: number
  /** Give the model this long for its whole reply, then stop it and use the template (default: no limit). */
  timeoutMs?: number
  /**
   * Called when the model's text already shown must be taken back: it mentioned an address, amount or
   * token that is not in the request or the findings. The consumer clears what it showed; the stream
   * then continues with the template.
   */
  onDiscard?: () => void
}

/** Where the text came from, and why the model was not used when it was not. */
export type ExplanationSource = "llm" | "template"

/**
 * A stream of explanation text (iterate it once) that also reports, as it goes, where the text came
 * from and what the post-filter removed. The verdict is copied from the rules' result: it is never
 * read back from the model.
 */
export type ExplanationStream = AsyncIterable<string> & {
  readonly verdict: Verdict
  readonly source: ExplanationSource
  /** Why the template was used: "no-engine", "not-loaded", "timeout", "ungrounded", or the code of the engine error that ended the model's reply. */
  readonly fallbackReason?: string
  readonly flags: readonly OutputFlag[]
}

/**
 * Explains an audit result in plain words: with the local model when one is loaded (its output filtered
 * so it cannot claim safety against the rules), else with deterministic templates. If the model fails
 * mid-reply, the stream says so and continues with the template text; an abort ends it with
 * `LlmAbortedError`.
 *
 * @example for await (const text of explainAudit(result, { engine })) overlay.append(text)
 */
export function explainAudit(result: ExplainInput, { engine, signal, maxTokens = 220, timeoutMs, onDiscard }: ExplainAuditParameters = {}): ExplanationStream {
  const verdict = normaliseVerdict(result.verdict)
  const flags: OutputFlag[] = []
  const state: { source: ExplanationSource; fallbackReason?: string } = engine?.isLoaded()
    ? { source: "llm" }
    : { source: "template", fallbackReason: engine ? "not-loaded" : "no-engine" }

  async function* run(): AsyncGenerator<string> {
    if (signal?.aborted) throw new LlmAbortedError("The explanation")
    if (state.source === "template" || !engine) {
      yield explainFromTemplates(result)
      return
    }
    const grounds = groundsOf(result)
    let produced = false
    // Our own controller, so a timeout can stop the model without looking like the caller's abort.
    const local = new AbortController()
    const forward = () => local.abort()
    signal?.addEventListener("abort", forward, { once: true })
    let timedOut = false
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), local.abort()), timeoutMs)
    try {
      // A model with a small context refuses the full prompt before writing anything: ask again with less page data.
      for (const maxDataChars of [EXPLAIN_DATA_CHARS, SHORT_DATA_CHARS]) {
        const { messages } = buildExplainMessages(result, { maxDataChars })
        try {
          const deltas = engine.complete(messages, { signal: local.signal, maxTokens, temperature: 0 })
          for await (const text of filterModelOutput(deltas, verdict, (flag) => flags.push(flag))) {
            if (timedOut) break
            // An address, amount or token the request does not contain was invented: none of it may stand.
            const mention = findUngroundedMention(text, grounds)
            if (mention) {
              flags.push({ kind: "ungrounded", mention, sentence: text.trim() })
              throw new UngroundedTextError(mention)
            }
            produced = true
            yield text
          }
          break
        } catch (error) {
          if (!produced && maxDataChars !== SHORT_DATA_CHARS && isLlmError(error, "llm/prompt-too-long")) continue
          throw error
        }
      }
      if (timedOut) throw new LlmAbortedError("The explanation")
    } catch (error) {
      const aborted = signal?.aborted || (error instanceof LlmError && error.code === "llm/aborted")
      if (aborted && !timedOut) throw error instanceof LlmAbortedError ? error : new LlmAbortedError("The explanation", { cause: error })
      state.source = "template"
      if (error instanceof UngroundedTextError) {
        state.fallbackReason = "ungrounded"
        onDiscard?.()
        yield `(Mamori discarded the local model's explanation: it mentioned ${ARTICLE[error.mention.kind]} that is not in this request. Here is Mamori's standard explanation.)\n`
        yield explainFromTemplates(result)
        return
      }
      const wrapped = error instanceof LlmError ? error : new EngineFailedError(String((error as Error)?.message ?? error), { cause: error })
      state.fallbackReason = timedOut ? "timeout" : wrapped.code
      const seconds = (timeoutMs ?? 0) / 1000
      const why = timedOut ? `it took longer than ${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s.` : wrapped.shortMessage
      yield `${produced ? "\n\n" : ""}(The local model stopped: ${why} Here is Mamori's standard explanation.)\n`
      yield explainFromTemplates(result)
    } finally {
      if (timer) clearTimeout(timer)
      signal?.removeEventListener("abort", forward)
      // A consumer that stopped reading (overlay closed) must not leave the model generating.
      local.abort()
    }
  }

  const iterable = run()
  return {
    verdict,
    get source() {
      return state.source
    },
    get fallbackReason() {
      return state.fallbackReason
    },
    flags,
    [Symbol.asyncIterator]: () => iterable
  }
}

const ARTICLE: Record<UngroundedMention["kind"], string> = { address: "an address", amount: "an amount", token: "a token" }

/** Ends the model's reply when it wrote a value the request does not contain (never leaves this module). */
class UngroundedTextError extends Error {
  constructor(readonly mention: UngroundedMention) {
    super(`the model mentioned ${mention.kind} ${mention.text}, which is not in the request`)
  }
}

/** Collects a whole explanation stream into one string (for the CLI and tests). */
export async function collectText(stream: AsyncIterable<string>): Promise<string> {
  let text = ""
  for await (const part of stream) text += part
  return text
}
