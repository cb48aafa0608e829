import type { LlmEngine } from "../engine"
import { LlmAbortedError, LlmError } from "../errors"
import { buildTitleMessages } from "../prompt/buildTitleMessages"
import { titleFromTemplate, type ArtTitle } from "../templates/titleFromTemplate"
import { parseTitleReply } from "./parseTitleReply"

export type TitleArtParameters = {
  engine?: LlmEngine
  signal?: AbortSignal
  /** Called with the model's reply so far after each streamed delta (the Studio shows it being written). */
  onText?: (replySoFar: string) => void
}

export type TitleArtReturnType = ArtTitle & {
  source: "llm" | "template"
  /** Why the template was used: "no-engine", "not-loaded", "unparsable-reply" or an engine error code. */
  fallbackReason?: string
}

/**
 * Writes a title and a one-sentence description for a Studio artwork from its prompt: with the local
 * model when one is loaded, else (or when its answer cannot be parsed, or it fails) from a template.
 */
export async function titleArt(artPrompt: string, { engine, signal, onText }: TitleArtParameters = {}): Promise<TitleArtReturnType> {
  if (!engine) return { ...titleFromTemplate(artPrompt), source: "template", fallbackReason: "no-engine" }
  if (!engine.isLoaded()) return { ...titleFromTemplate(artPrompt), source: "template", fallbackReason: "not-loaded" }
  let reply = ""
  try {
    for await (const text of engine.complete(buildTitleMessages(artPrompt), { signal, maxTokens: 80, temperature: 0.7 })) {
      reply += text
      onText?.(reply)
      if (reply.length > 2000) break // a runaway answer is not worth reading further
    }
  } catch (error) {
    if (signal?.aborted) throw new LlmAbortedError("Titling", { cause: error })
    if (error instanceof LlmError && error.code === "llm/aborted") throw error
    const code = error instanceof LlmError ? error.code : "llm/engine-failed"
    return { ...titleFromTemplate(artPrompt), source: "template", fallbackReason: code }
  }
  const parsed = parseTitleReply(reply)
  if (!parsed) return { ...titleFromTemplate(artPrompt), source: "template", fallbackReason: "unparsable-reply" }
  return { ...parsed, source: "llm" }
}
