import { createMintJob, retryMintJob, runMintJob } from "~src/jobs/mintJob"
import { MintError } from "~src/jobs/errors"
import type { MintJob, MintMode } from "~src/jobs/types"
import { ARCHITECTURES, type ArtArchitecture, architectureOf, DEFAULT_ARCHITECTURE } from "~src/studio/architecture"

import { artModel } from "./artModels"
import { accountState, tabWallet } from "./account"
import { chainEffects } from "./chainEffects"
import { listJobs, loadJob, saveJob } from "./jobStore"
import { loadStudioSettings } from "./settings"

// Jobs running in this service-worker instance; a restarted worker starts empty and resumes from storage.
const running = new Map<string, Promise<MintJob>>()
/** Failures that heal by themselves: retried on start-up and on the alarm tick. */
const AUTO_RETRY = new Set(["mint/tx-pending", "mint/rpc-down", "mint/prover-unreachable"])

/** Runs a stored job in the background unless it is already running here. */
export function runJob(id: string): Promise<MintJob> | undefined {
  const existing = running.get(id)
  if (existing) return existing
  const p = (async () => {
    const job = await loadJob(id)
    if (!job) throw new MintError("No such mint job.", { code: "mint/unknown-job", retryable: false })
    const settings = await loadStudioSettings()
    return runMintJob(job, chainEffects(job, settings, saveJob, job.signer ?? "local"), { pollMs: 500, maxPolls: 120 })
  })().finally(() => running.delete(id))
  running.set(id, p)
  p.catch((error: unknown) => console.warn("[mamori] mint job", id, error))
  return p
}

/**
 * Starts a mint of `prompt` as a background job; an unfinished job for the same prompt is reused. The
 * architecture is the custom model's, else the one asked for, else the default (the scene architecture).
 */
export async function startMint(prompt: string, model?: string, requested?: ArtArchitecture, mode: MintMode = "proven"): Promise<MintJob> {
  const tab = await tabWallet()
  const local = await accountState()
  const account = tab ? { address: tab.address } : local.kind === "unlocked" ? { address: local.address } : null
  if (!account) throw new MintError("Create or unlock an account, or use the wallet of a page, first.", { code: "wallet/none", retryable: false })
  const settings = await loadStudioSettings()
  if (!settings.collection)
    throw new MintError(`No Studio collection is deployed on chain ${settings.chainId}; set its address in the settings.`, { code: "mint/no-collection", retryable: false })
  let architecture: ArtArchitecture = requested ?? DEFAULT_ARCHITECTURE
  if (model) {
    const entry = await artModel(model)
    if (!entry) throw new MintError("That art model is not in your list.", { code: "studio/unknown-model", retryable: false })
    if (requested && architectureOf(entry) !== requested)
      throw new MintError(`"${entry.name}" is a model of ${ARCHITECTURES[architectureOf(entry)].name}, not of ${ARCHITECTURES[requested].name}.`, {
        code: "studio/model-architecture-mismatch",
        retryable: false
      })
    architecture = architectureOf(entry)
    if (entry.registered?.chainId !== settings.chainId)
      throw new MintError(`Register "${entry.name}" on chain ${settings.chainId} first (options page).`, { code: "studio/model-unregistered", retryable: false })
  }
  const same = (await listJobs()).find(
    (j) =>
      j.prompt === prompt &&
      (j.model ?? "") === (model ?? "") &&
      architectureOf(j) === architecture &&
      (j.mode ?? "proven") === mode &&
      j.account === account.address &&
      j.collection === settings.collection &&
      !(j.status === "failed" && !j.error?.retryable)
  )
  if (same) {
    if (same.status !== "done") await retryJob(same.id)
    return (await loadJob(same.id)) ?? same
  }
  const job: MintJob = {
    ...createMintJob({
      id: crypto.randomUUID(),
      prompt,
      account: account.address,
      chainId: settings.chainId,
      collection: settings.collection,
      now: Date.now(),
      architecture,
      mode
    }),
    signer: tab ? "tab" : "local",
    ...(model ? { model } : {})
  }
  await saveJob(job)
  void runJob(job.id)
  return job
}

/** The Retry button (and unlock): back to running from the persisted step. */
export async function retryJob(id: string): Promise<MintJob> {
  const job = await loadJob(id)
  if (!job) throw new MintError("No such mint job.", { code: "mint/unknown-job", retryable: false })
  if (job.status === "done" || running.has(id)) return job
  const next = job.status === "running" ? job : retryMintJob(job, Date.now())
  await saveJob(next)
  void runJob(id)
  return next
}

/**
 * Resumes every unfinished job: on service-worker start, on the alarm, after an unlock. `autoRetry` also
 * retries failures that heal by themselves (RPC down, transaction pending); the popup's polling leaves them
 * for the alarm so a failure stays on screen with its Retry button.
 */
export async function resumeJobs(options: { autoRetry?: boolean } = { autoRetry: true }): Promise<void> {
  const local = await accountState()
  const tab = await tabWallet()
  // A waiting job goes again only when its own signer is back (else it would just wait again).
  const canSign = (job: MintJob) => (job.signer === "tab" ? tab?.address === job.account : local.kind === "unlocked" && local.address === job.account)
  for (const job of await listJobs()) {
    if (running.has(job.id)) continue
    if (job.status === "running") void runJob(job.id)
    else if (job.status === "waiting" && canSign(job)) void retryJob(job.id)
    else if (options.autoRetry && job.status === "failed" && job.error && AUTO_RETRY.has(job.error.code)) void retryJob(job.id)
  }
}
