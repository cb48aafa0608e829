import type { PlasmoMessaging } from "@plasmohq/messaging"

export type PingRequest = Record<string, never>
export type PingResponse = {
  ok: true
  version: string
  /** Ids of the content scripts registered at run time (the MAIN-world guard is one of them). */
  registeredScripts: { id: string; world?: string; allFrames?: boolean; runAt?: string }[]
}

/** Health check: tells a caller (the popup, the e2e tests) that the service worker runs and what it registered. */
const handler: PlasmoMessaging.MessageHandler<PingRequest, PingResponse> = async (_req, res) => {
  const scripts = await chrome.scripting.getRegisteredContentScripts()
  res.send({
    ok: true,
    version: chrome.runtime.getManifest().version,
    registeredScripts: scripts.map((s) => ({ id: s.id, world: s.world, allFrames: s.allFrames, runAt: s.runAt }))
  })
}

export default handler
