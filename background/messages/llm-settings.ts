import { handle } from "../handle"
import { readLlmSettings, writeLlmSettings } from "../llm/llmSettings"

/** Reads, or with `patch` updates, the local model's settings (the software-adapter switch). */
export default handle("llm-settings", async (body) => {
  const patch = body?.patch
  return patch && typeof patch.allowFallbackAdapter === "boolean" ? writeLlmSettings({ allowFallbackAdapter: patch.allowFallbackAdapter }) : readLlmSettings()
})
