import { isHttpUrl } from "~src/shield/settings"

import { handle } from "../handle"
import { loadSettings, updateSettings } from "../shield/stores"

/** Reads the Shield's settings, or sets the RPC URL of a chain (null removes it). */
export default handle("shield-settings", async (body) => {
  const change = body?.rpcUrls
  if (!change || typeof change !== "object") return loadSettings()
  return updateSettings((s) => {
    const rpcUrls = { ...s.rpcUrls }
    for (const [chain, url] of Object.entries(change)) {
      if (url === null) delete rpcUrls[chain]
      else if (isHttpUrl(url)) rpcUrls[chain] = url
    }
    return { ...s, rpcUrls }
  })
})
