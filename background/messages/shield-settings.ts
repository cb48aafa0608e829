import type { PlasmoMessaging } from "@plasmohq/messaging"

import { isHttpUrl, type ShieldSettings } from "~src/shield/settings"

import { loadSettings, updateSettings } from "../shield/stores"

export type ShieldSettingsRequest = { rpcUrls?: Record<string, string | null> }

/** Reads the Shield's settings, or sets the RPC URL of a chain (null removes it). */
const handler: PlasmoMessaging.MessageHandler<ShieldSettingsRequest, ShieldSettings> = async (req, res) => {
  const change = req.body?.rpcUrls
  if (!change) return res.send(await loadSettings())
  res.send(
    await updateSettings((s) => {
      const rpcUrls = { ...s.rpcUrls }
      for (const [chain, url] of Object.entries(change)) {
        if (url === null) delete rpcUrls[chain]
        else if (isHttpUrl(url)) rpcUrls[chain] = url
      }
      return { ...s, rpcUrls }
    })
  )
}

export default handler
