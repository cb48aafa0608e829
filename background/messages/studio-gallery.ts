import { getAddress } from "viem"

import { handle } from "../handle"
import { accountState, tabWallet } from "../studio/account"
import { readGallery } from "../studio/gallery"
import { loadStudioSettings } from "../studio/settings"

/** The account's tokens (the page wallet's when one is in use), read back from the collection (tokenURI decoded in the popup). */
export default handle("studio-gallery", async (body) => {
  const account = await accountState()
  const tab = await tabWallet()
  const owner = typeof body?.owner === "string" && body.owner ? getAddress(body.owner) : tab ? tab.address : account.kind === "none" ? null : account.address
  return { items: owner ? await readGallery(await loadStudioSettings(), owner) : [] }
})
