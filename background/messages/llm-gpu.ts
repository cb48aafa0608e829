import type { PlasmoMessaging } from "@plasmohq/messaging"

import type { EngineChoice } from "~src/llm/pickLlmEngine"
import type { GpuAdapterDescription } from "~src/llm/webgpu/gpuDescription"

import { probeWebGpu } from "../llm/probeWebGpu"
import { readLlmSettings } from "../llm/llmSettings"

export type LlmGpuResponse = { gpu: GpuAdapterDescription; allowFallbackAdapter: boolean; engine: EngineChoice }

/** The WebGPU adapter as the engine sees it (probed in the worker, where the model runs), plus the developer switch. */
const handler: PlasmoMessaging.MessageHandler<Record<string, never>, LlmGpuResponse> = async (_req, res) => {
  const [gpu, settings] = await Promise.all([probeWebGpu(), readLlmSettings()])
  res.send({ gpu, allowFallbackAdapter: settings.allowFallbackAdapter, engine: settings.engine })
}

export default handler
