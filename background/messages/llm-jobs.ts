import { handle } from "../handle"
import { llmBackground } from "../llm/startLlmInBackground"

/** The downloads and loads running in the worker, with their progress; `cancel` stops the one for that model id first. */
export default handle("llm-jobs", async (body) => {
  const { tracker } = llmBackground()
  if (typeof body?.cancel === "string") tracker.cancel(body.cancel)
  return tracker.jobs()
})
