import type { EngineChoice } from "../../src/llm/pickLlmEngine"

/** The model manager's own settings in chrome.storage.local (developer switches, the chosen model). */
export const LLM_SETTINGS_KEY = "mamori.llm.settings.v1"

export type LlmSettings = {
  /**
   * Let the engine run on a software WebGPU adapter (SwiftShader). Off by default — a model there takes
   * minutes per sentence. Tests and developers without a GPU turn it on in the options page.
   */
  allowFallbackAdapter: boolean
  /** Which engine writes explanations: "auto" picks per machine (WebGPU, else CPU, else templates). */
  engine: EngineChoice
}

export const DEFAULT_LLM_SETTINGS: LlmSettings = { allowFallbackAdapter: false, engine: "auto" }
const CHOICES: readonly EngineChoice[] = ["auto", "webgpu", "cpu", "templates"]

/** Reads the settings, ignoring anything malformed. */
export async function readLlmSettings(): Promise<LlmSettings> {
  const raw = (await chrome.storage.local.get(LLM_SETTINGS_KEY))[LLM_SETTINGS_KEY] as Partial<LlmSettings> | undefined
  return { allowFallbackAdapter: raw?.allowFallbackAdapter === true, engine: CHOICES.includes(raw?.engine as EngineChoice) ? (raw!.engine as EngineChoice) : "auto" }
}

/** Merges `patch` into the stored settings and returns the result. */
export async function writeLlmSettings(patch: Partial<LlmSettings>): Promise<LlmSettings> {
  const next = { ...(await readLlmSettings()), ...patch }
  await chrome.storage.local.set({ [LLM_SETTINGS_KEY]: next })
  return next
}
