import { handle } from "../handle"
import { updateSettings } from "../shield/stores"

/** Sets a site's mode: trusted (safe verdicts continue without a click), paused, or back to the default. */
export default handle("shield-site", async (body) => {
  const { origin, mode } = body ?? {}
  return updateSettings((s) => {
    const sites = { ...s.sites }
    if (typeof origin === "string" && origin.length < 300) {
      if (mode === "trusted" || mode === "paused") sites[origin] = mode
      else delete sites[origin]
    }
    return { ...s, sites }
  })
})
