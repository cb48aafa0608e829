import type { PlasmoMessaging } from "@plasmohq/messaging"
import type { Hex } from "viem"

import { accountState, connectTabWallet, createAccount, disconnectTabWallet, exportKey, lockAccount, tabWallet, unlockAccount, type AccountState, type TabWallet } from "../studio/account"
import { resumeJobs } from "../studio/jobRunner"
import { reply, type StudioReply } from "../studio/reply"

export type StudioAccountRequest =
  | { action: "status" }
  | { action: "create"; password: string }
  | { action: "unlock"; password: string }
  | { action: "lock" }
  | { action: "export"; password: string }
  | { action: "connect-tab" }
  | { action: "use-local" }
export type StudioAccountResponse = StudioReply<{ account: AccountState; tab?: TabWallet; privateKey?: Hex }>

/** The account: local (status, create with a password, unlock — resumes waiting jobs —, lock, export after the password) or the page's wallet. */
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
        case "connect-tab": {
          const tab = await connectTabWallet()
          void resumeJobs()
          return { account: await accountState(), tab }
        }
        case "use-local":
          await disconnectTabWallet()
          return { account: await accountState() }
        case "export":
          return { account: await accountState(), privateKey: await exportKey(body.password) }
        default:
          return { account: await accountState(), tab: await tabWallet() }
      }
    })
  )
}

export default handler
