import type { PlasmoMessaging } from "@plasmohq/messaging"

import type { ShieldSettings, SiteMode } from "~src/shield/settings"

import { updateSettings } from "../shield/stores"

export type ShieldSiteRequest = { origin: string; mode: SiteMode | "default" }

/** Sets a site's mode: trusted (safe verdicts continue without a click), paused, or back to the default. */
const handler: PlasmoMessaging.MessageHandler<ShieldSiteRequest, ShieldSettings> = async (req, res) => {
  const { origin, mode } = req.body ?? ({} as ShieldSiteRequest)
  res.send(
    await updateSettings((s) => {
      const sites = { ...s.sites }
      if (typeof origin === "string" && origin.length < 300) {
        if (mode === "trusted" || mode === "paused") sites[origin] = mode
        else delete sites[origin]
      }
      return { ...s, sites }
    })
  )
}

export default handler
