import { handle } from "../handle"
import { ENGINE_CHOICES, type LlmSettings } from "~src/llm/llmSettings"
import type { EngineChoice } from "~src/llm/pickLlmEngine"

import { readLlmSettings, writeLlmSettings } from "../llm/llmSettings"

/** Reads, or with `patch` updates, the local model's settings (the software-adapter switch, the engine choice). */
export default handle("llm-settings", async (body) => {
  const patch = body?.patch
  const clean: Partial<LlmSettings> = {}
  if (typeof patch?.allowFallbackAdapter === "boolean") clean.allowFallbackAdapter = patch.allowFallbackAdapter
  if (ENGINE_CHOICES.includes(patch?.engine as EngineChoice)) clean.engine = patch!.engine
  return Object.keys(clean).length ? writeLlmSettings(clean) : readLlmSettings()
})
