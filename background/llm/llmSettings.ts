/** The model manager's own settings in chrome.storage.local (developer switches, the chosen model). */
export const LLM_SETTINGS_KEY = "mamori.llm.settings.v1"

import { ENGINE_CHOICES, type LlmSettings } from "../../src/llm/llmSettings"
import type { EngineChoice } from "../../src/llm/pickLlmEngine"

export type { LlmSettings }

export const DEFAULT_LLM_SETTINGS: LlmSettings = { allowFallbackAdapter: false, engine: "auto" }

/** Reads the settings, ignoring anything malformed. */
export async function readLlmSettings(): Promise<LlmSettings> {
  const raw = (await chrome.storage.local.get(LLM_SETTINGS_KEY))[LLM_SETTINGS_KEY] as Partial<LlmSettings> | undefined
  return {
    allowFallbackAdapter: raw?.allowFallbackAdapter === true,
    engine: ENGINE_CHOICES.includes(raw?.engine as EngineChoice) ? (raw!.engine as EngineChoice) : "auto"
  }
}

/** Merges `patch` into the stored settings and returns the result. */
export async function writeLlmSettings(patch: Partial<LlmSettings>): Promise<LlmSettings> {
  const next = { ...(await readLlmSettings()), ...patch }
  await chrome.storage.local.set({ [LLM_SETTINGS_KEY]: next })
  return next
}
