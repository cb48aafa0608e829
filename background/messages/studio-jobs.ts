import { handle } from "../handle"
import { accountState, tabWallet } from "../studio/account"
import { resumeJobs } from "../studio/jobRunner"
import { listJobs } from "../studio/jobStore"

/** The stored mint jobs (the popup polls this); also nudges unfinished jobs along. */
export default handle("studio-jobs", async () => {
  void resumeJobs({ autoRetry: false }).catch(() => {})
  return { jobs: await listJobs(), account: await accountState(), tab: await tabWallet() }
})
