import { handle } from "../handle"
import { loadHistory, loadSettings } from "../shield/stores"

/** The popup's Activity view: the audit history, newest first, with the per-site settings. */
export default handle("shield-history", async () => {
  const [entries, settings] = await Promise.all([loadHistory(), loadSettings()])
  return { entries, settings }
})
