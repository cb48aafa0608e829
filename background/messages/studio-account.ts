import type { PlasmoMessaging } from "@plasmohq/messaging"
import type { Hex } from "viem"

import { accountState, createAccount, exportKey, lockAccount, unlockAccount, type AccountState } from "../studio/account"
import { resumeJobs } from "../studio/jobRunner"
import { reply, type StudioReply } from "../studio/reply"

export type StudioAccountRequest =
  | { action: "status" }
  | { action: "create"; password: string }
  | { action: "unlock"; password: string }
  | { action: "lock" }
  | { action: "export"; password: string }
export type StudioAccountResponse = StudioReply<{ account: AccountState; privateKey?: Hex }>

/** The local account: status, create (password), unlock (resumes waiting jobs), lock, export after the password. */
const handler: PlasmoMessaging.MessageHandler<StudioAccountRequest, StudioAccountResponse> = async (req, res) => {
  const body = req.body ?? { action: "status" }
  res.send(
    await reply(async () => {
      switch (body.action) {
        case "create": {
          const account = await createAccount(body.password)
          return { account }
        }
        case "unlock": {
          const account = await unlockAccount(body.password)
          void resumeJobs()
          return { account }
        }
        case "lock":
          return { account: await lockAccount() }
        case "export":
          return { account: await accountState(), privateKey: await exportKey(body.password) }
        default:
          return { account: await accountState() }
      }
    })
  )
}

export default handler
