import { handle } from "../handle"
import { retryJob, startMint } from "../studio/jobRunner"

/** Starts a mint job in the background (or retries one); the popup only watches it. */
export default handle("studio-mint", async (body) => {
  if (body && "retry" in body && typeof body.retry === "string") return { job: await retryJob(body.retry) }
  const prompt = body && "prompt" in body && typeof body.prompt === "string" ? body.prompt : ""
  return { job: await startMint(prompt) }
})
