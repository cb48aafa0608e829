import type { PlasmoMessaging } from "@plasmohq/messaging"

import type { MintJob } from "~src/jobs/types"

import { retryJob, startMint } from "../studio/jobRunner"
import { reply, type StudioReply } from "../studio/reply"

export type StudioMintRequest = { prompt: string } | { retry: string }
export type StudioMintResponse = StudioReply<{ job: MintJob }>

/** Starts a mint job in the background (or retries one); the popup only watches it. */
const handler: PlasmoMessaging.MessageHandler<StudioMintRequest, StudioMintResponse> = async (req, res) => {
  const body = req.body
  res.send(await reply(async () => ({ job: body && "retry" in body ? await retryJob(body.retry) : await startMint((body as { prompt: string } | undefined)?.prompt ?? "") })))
}

export default handler
