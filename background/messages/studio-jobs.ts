import type { PlasmoMessaging } from "@plasmohq/messaging"

import type { MintJob } from "~src/jobs/types"

import { accountState, tabWallet, type AccountState, type TabWallet } from "../studio/account"
import { listJobs } from "../studio/jobStore"
import { resumeJobs } from "../studio/jobRunner"
import { reply, type StudioReply } from "../studio/reply"

export type StudioJobsRequest = Record<string, never>
export type StudioJobsResponse = StudioReply<{ jobs: MintJob[]; account: AccountState; tab?: TabWallet }>

/** The stored mint jobs (the popup polls this); also nudges unfinished jobs along. */
const handler: PlasmoMessaging.MessageHandler<StudioJobsRequest, StudioJobsResponse> = async (_req, res) => {
  res.send(
    await reply(async () => {
      void resumeJobs({ autoRetry: false }).catch(() => {})
      return { jobs: await listJobs(), account: await accountState(), tab: await tabWallet() }
    })
  )
}

export default handler
