import type { PlasmoMessaging } from "@plasmohq/messaging"

import { llmBackground } from "../llm/startLlmInBackground"
import type { TrackedJob } from "../llm/trackJobs"

export type LlmJobsRequest = { cancel?: string }

/** The downloads and loads running in the worker, with their progress; `cancel` stops the one for that model id first. */
const handler: PlasmoMessaging.MessageHandler<LlmJobsRequest, TrackedJob[]> = async (req, res) => {
  const { tracker } = llmBackground()
  if (typeof req.body?.cancel === "string") tracker.cancel(req.body.cancel)
  res.send(tracker.jobs())
}

export default handler
