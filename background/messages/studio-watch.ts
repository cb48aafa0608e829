import { handle } from "../handle"
import { listChallengeJobs, loadWatchSettings, retryChallengeJob, scanOptimisticMints, setWatchSettings } from "../studio/watchtower"

/** The watchtower's setting and jobs: read, switch on/off, scan now, retry a job. */
export default handle("studio-watch", async (body) => {
  const request = (body ?? {}) as { action?: string; enabled?: unknown; id?: unknown }
  if (request.action === "set") await setWatchSettings(request.enabled === true)
  if (request.action === "scan") await scanOptimisticMints()
  if (request.action === "retry" && typeof request.id === "string") await retryChallengeJob(request.id)
  return { settings: await loadWatchSettings(), jobs: await listChallengeJobs() }
})
