import type { EngineChoice } from "./pickLlmEngine"

/** The model manager's own settings (developer switches), stored by the worker. */
export type LlmSettings = {
  /**
   * Let the engine run on a software WebGPU adapter (SwiftShader). Off by default — a model there takes
   * minutes per sentence. Tests and developers without a GPU turn it on in the options page.
   */
  allowFallbackAdapter: boolean
  /** Which engine writes explanations: "auto" picks per machine (WebGPU, else CPU, else templates). */
  engine: EngineChoice
}

export const ENGINE_CHOICES: readonly EngineChoice[] = ["auto", "webgpu", "cpu", "templates"]
