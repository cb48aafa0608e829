import { handle } from "../handle"
import { readLlmSettings } from "../llm/llmSettings"
import { probeWebGpu } from "../llm/probeWebGpu"

/** The WebGPU adapter as the engine sees it (probed in the worker, where the model runs), plus the developer switch. */
export default handle("llm-gpu", async () => {
  const [gpu, settings] = await Promise.all([probeWebGpu(), readLlmSettings()])
  return { gpu, allowFallbackAdapter: settings.allowFallbackAdapter, engine: settings.engine }
})
