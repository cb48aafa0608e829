import { useEffect, useState } from "react"

import { createLlmClient } from "~lib/llmClient"
import { titleArt, type TitleArtReturnType } from "~src/llm"

/** A title and description for the prompt: from the local LLM when one is loaded, else from a template. */
export function useArtTitle(prompt: string | undefined): TitleArtReturnType | null {
  const [title, setTitle] = useState<TitleArtReturnType | null>(null)
  useEffect(() => {
    if (!prompt) return
    let live = true
    const controller = new AbortController()
    let engine: ReturnType<typeof createLlmClient> | undefined
    try {
      engine = createLlmClient()
    } catch {
      engine = undefined
    }
    void titleArt(prompt, { engine, signal: controller.signal })
      .then((t) => live && setTitle(t))
      .catch(() => {})
    return () => {
      live = false
      controller.abort()
    }
  }, [prompt])
  return title
}
