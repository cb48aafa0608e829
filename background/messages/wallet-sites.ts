import { MamoriError } from "~src/errors/base"

import { handle } from "../handle"
import { loadSites, removeSite } from "../wallet/sitesStore"

/** The sites connected to Mamori's wallet, and revoking one (the popup's Wallet tab). */
export default handle("wallet-sites", async (body) => {
  if (body?.action === "revoke") {
    if (typeof body.origin !== "string") throw new MamoriError("Revoke needs a site.", { code: "messaging/bad-request" })
    return { sites: await removeSite(body.origin) }
  }
  return { sites: Object.values(await loadSites()) }
})
