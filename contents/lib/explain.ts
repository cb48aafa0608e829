import { createLlmClient } from "~lib/llmClient"
import { explainAudit, type ExplanationStream } from "~src/llm/explain/explainAudit"
import type { LlmEngine } from "~src/llm/engine"

import type { AuditOutcome } from "./overlay/renderReview"

/** How long to wait for the service worker to say whether a model is loaded before using the templates. */
const STATUS_TIMEOUT_MS = 2_000
/** The whole model reply must fit in this; after it the template takes over (the overlay must not wait forever). */
const GENERATION_TIMEOUT_MS = 45_000

let client: ReturnType<typeof createLlmClient> | undefined

/** The LLM client over the `mamori-llm` port, if the worker answers in time; else undefined (templates). */
async function engineIfReachable(): Promise<LlmEngine | undefined> {
  try {
    client ??= createLlmClient()
    const c = client
    await Promise.race([c.refresh(), new Promise((_, reject) => setTimeout(() => reject(new Error("no answer")), STATUS_TIMEOUT_MS))])
    return c
  } catch {
    return undefined
  }
}

const WHY_TEMPLATE: Record<string, string> = {
  "no-engine": "Mamori's service worker did not answer",
  "not-loaded": "no local model is loaded; load one in Mamori's Models tab to have it written by the model",
  timeout: "the local model took too long",
  ungrounded: "the local model's text named an address, amount or token that is not in this request, so it was discarded",
  "llm/prompt-too-long": "this request is too long for the loaded model's context window"
}

/** The line under the explanation saying who wrote it; the verdict never comes from this text. */
function sourceLine(stream: ExplanationStream, modelId: string | undefined): string {
  if (stream.source === "llm")
    return `Written by the local model (${modelId ?? "loaded model"}) from the rules' findings. The verdict comes from Mamori's rules, not from this text.`
  const why = WHY_TEMPLATE[stream.fallbackReason ?? ""] ?? `the local model failed (${stream.fallbackReason ?? "unknown"})`
  return `Written from Mamori's templates (${why}). The verdict comes from Mamori's rules, not from this text.`
}

/**
 * Fills the overlay's explanation area: streamed from the local model when one is loaded in the
 * service worker (through the LLM port), else from the deterministic templates, and labelled with
 * which wrote it. The verdict is set by the rules before this runs and is never read from this text.
 */
export async function streamExplanation(outcome: AuditOutcome, target: HTMLElement): Promise<void> {
  if (!outcome.ok) {
    target.textContent = "No explanation: the request could not be checked."
    return
  }
  const text = document.createTextNode("")
  const note = document.createElement("small")
  note.textContent = "Writing the explanation…"
  target.replaceChildren(text, note)
  const engine = await engineIfReachable()
  // The model's text is discarded whole when it names a value the request does not contain.
  const stream = explainAudit(outcome.result, { engine, timeoutMs: GENERATION_TIMEOUT_MS, onDiscard: () => void (text.data = "") })
  target.setAttribute("data-source", stream.source)
  try {
    for await (const delta of stream) {
      // The overlay may have moved on to the next request: stop generating for nobody.
      if (!target.isConnected) break
      text.data += delta
    }
  } catch (error) {
    text.data += `\n(The explanation stopped: ${(error as Error)?.message?.split("\n")[0] ?? error})`
  }
  target.setAttribute("data-source", stream.source)
  note.textContent = sourceLine(stream, engine?.loadedModelId())
}
