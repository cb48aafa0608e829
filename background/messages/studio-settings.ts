import { formatEther } from "viem"

import { handle } from "../handle"
import { accountState } from "../studio/account"
import { publicClientFor } from "../studio/chainEffects"
import { loadStudioSettings, updateStudioSettings } from "../studio/settings"

/** Reads (or changes) the Studio's chain settings and checks them against the node. */
export default handle("studio-settings", async (body) => {
  const settings = body?.change && typeof body.change === "object" ? await updateStudioSettings(body.change) : await loadStudioSettings()
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
