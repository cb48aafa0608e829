import type { PlasmoMessaging } from "@plasmohq/messaging"

import { writeLlmSettings, readLlmSettings, type LlmSettings } from "../llm/llmSettings"

export type LlmSettingsRequest = { patch?: Partial<LlmSettings> }

/** Reads, or with `patch` updates, the local model's settings (the software-adapter switch, the engine choice). */
const handler: PlasmoMessaging.MessageHandler<LlmSettingsRequest, LlmSettings> = async (req, res) => {
  const patch = req.body?.patch
  const clean: Partial<LlmSettings> = {}
  if (typeof patch?.allowFallbackAdapter === "boolean") clean.allowFallbackAdapter = patch.allowFallbackAdapter
  if (patch?.engine && ["auto", "webgpu", "cpu", "templates"].includes(patch.engine)) clean.engine = patch.engine
  res.send(Object.keys(clean).length ? await writeLlmSettings(clean) : await readLlmSettings())
}

export default handler
