import { handle } from "../handle"

/** Health check: tells a caller (the popup, the e2e tests) that the service worker runs and what it registered. */
export default handle("ping", async () => {
  const scripts = await chrome.scripting.getRegisteredContentScripts()
  return {
    version: chrome.runtime.getManifest().version,
    registeredScripts: scripts.map((s) => ({ id: s.id, world: s.world, allFrames: s.allFrames, runAt: s.runAt }))
  }
})
