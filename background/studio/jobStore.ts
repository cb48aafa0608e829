import type { MintJob } from "~src/jobs/types"

import { getLocal, setLocal } from "./storage"

// One key per job: a write never rewrites another job (chrome.storage.local.set is atomic per call).
const PREFIX = "studio.job."

export async function saveJob(job: MintJob): Promise<void> {
  await setLocal(PREFIX + job.id, job)
}

export async function loadJob(id: string): Promise<MintJob | undefined> {
  return getLocal<MintJob>(PREFIX + id)
}

/** All jobs, newest first. */
export async function listJobs(): Promise<MintJob[]> {
  const all = await chrome.storage.local.get(null)
  return Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([, v]) => v as MintJob)
    .sort((a, b) => b.createdAt - a.createdAt)
}
