import { useEffect, useState } from "react"

import { createLlmClient } from "~lib/llmClient"
import { titleArt, type TitleArtReturnType } from "~src/llm"

/**
 * A title and description for the prompt: from the local LLM when one is loaded, else from a template.
 * `draft` is the model's reply as it streams in (shown while it writes; the parsed title replaces it).
 */
export function useArtTitle(prompt: string | undefined): { title: TitleArtReturnType | null; draft: string } {
  const [title, setTitle] = useState<TitleArtReturnType | null>(null)
  const [draft, setDraft] = useState("")
  useEffect(() => {
    if (!prompt) return
    setTitle(null)
    setDraft("")
    let live = true
    const controller = new AbortController()
    let engine: ReturnType<typeof createLlmClient> | undefined
    try {
      engine = createLlmClient()
    } catch {
      engine = undefined
    }
    // A fresh client knows what the worker has loaded only after asking; without a reply, the template.
    const asked = engine
      ? engine.refresh().then(
          () => engine,
          () => undefined
        )
      : Promise.resolve(undefined)
    void asked
      .then((ready) => titleArt(prompt, { engine: ready, signal: controller.signal, onText: (text) => live && setDraft(text) }))
      .then((t) => live && setTitle(t))
      .catch(() => {})
    return () => {
      live = false
      controller.abort()
    }
  }, [prompt])
  return { title, draft }
}
