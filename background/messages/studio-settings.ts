import type { PlasmoMessaging } from "@plasmohq/messaging"
import { formatEther } from "viem"

import { accountState } from "../studio/account"
import { publicClientFor } from "../studio/chainEffects"
import { reply, type StudioReply } from "../studio/reply"
import { loadStudioSettings, updateStudioSettings, type StudioSettings } from "../studio/settings"

export type StudioSettingsRequest = { change?: Partial<StudioSettings> }
/** Settings plus what the popup explains: the node's chain, the balance (null when the RPC is down). */
export type StudioSettingsResponse = StudioReply<{ settings: StudioSettings; rpcChainId: number | null; balance: string | null; rpcError?: string }>

/** Reads (or changes) the Studio's chain settings and checks them against the node. */
const handler: PlasmoMessaging.MessageHandler<StudioSettingsRequest, StudioSettingsResponse> = async (req, res) => {
  res.send(
    await reply(async () => {
      const settings = req.body?.change ? await updateStudioSettings(req.body.change) : await loadStudioSettings()
      const client = publicClientFor(settings)
      const account = await accountState()
      try {
        const rpcChainId = await client.getChainId()
        const balance = account.kind === "none" ? null : formatEther(await client.getBalance({ address: account.address }))
        return { settings, rpcChainId, balance }
      } catch {
        return { settings, rpcChainId: null, balance: null, rpcError: `The RPC at ${settings.rpcUrl} cannot be reached.` }
      }
    })
  )
}

export default handler
