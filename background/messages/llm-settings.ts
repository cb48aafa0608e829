import type { PlasmoMessaging } from "@plasmohq/messaging"

import { writeLlmSettings, readLlmSettings, type LlmSettings } from "../llm/llmSettings"

export type LlmSettingsRequest = { patch?: Partial<LlmSettings> }

/** Reads, or with `patch` updates, the local model's settings (the software-adapter switch). */
const handler: PlasmoMessaging.MessageHandler<LlmSettingsRequest, LlmSettings> = async (req, res) => {
  const patch = req.body?.patch
  res.send(patch && typeof patch.allowFallbackAdapter === "boolean" ? await writeLlmSettings({ allowFallbackAdapter: patch.allowFallbackAdapter }) : await readLlmSettings())
}

export default handler
