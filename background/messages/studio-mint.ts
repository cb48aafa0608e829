import { handle } from "../handle"
import { isArtArchitecture } from "~src/studio/architecture"
import { MintError } from "~src/jobs/errors"

import { retryJob, startMint } from "../studio/jobRunner"

/** Starts a mint job in the background (or retries one); the popup only watches it. */
export default handle("studio-mint", async (body) => {
  if (body && "retry" in body && typeof body.retry === "string") return { job: await retryJob(body.retry) }
  const prompt = body && "prompt" in body && typeof body.prompt === "string" ? body.prompt : ""
  const model = body && "model" in body && typeof body.model === "string" && /^[0-9]{1,80}$/.test(body.model) ? body.model : undefined
  const architecture = body && "architecture" in body ? (body as { architecture?: unknown }).architecture : undefined
  if (architecture !== undefined && !isArtArchitecture(architecture))
    throw new MintError(`Unknown art architecture ${JSON.stringify(architecture)}.`, { code: "mint/bad-input", retryable: false })
  // Optimistic only when asked for by name; anything else mints with a proof.
  const mode = body && "mode" in body && body.mode === "optimistic" ? "optimistic" : "proven"
  return { job: await startMint(prompt, model, architecture, mode) }
})
