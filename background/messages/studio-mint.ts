import { handle } from "../handle"
import { retryJob, startMint } from "../studio/jobRunner"

/** Starts a mint job in the background (or retries one); the popup only watches it. */
export default handle("studio-mint", async (body) => {
  if (body && "retry" in body && typeof body.retry === "string") return { job: await retryJob(body.retry) }
  const prompt = body && "prompt" in body && typeof body.prompt === "string" ? body.prompt : ""
  const model = body && "model" in body && typeof body.model === "string" && /^[0-9]{1,80}$/.test(body.model) ? body.model : undefined
  // Optimistic only when asked for by name; anything else mints with a proof.
  const mode = body && "mode" in body && body.mode === "optimistic" ? "optimistic" : "proven"
  return { job: await startMint(prompt, model, mode) }
})
