import type { PlasmoMessaging } from "@plasmohq/messaging"
import { getAddress } from "viem"

import { accountState, tabWallet } from "../studio/account"
import { readGallery, type GalleryItem } from "../studio/gallery"
import { reply, type StudioReply } from "../studio/reply"
import { loadStudioSettings } from "../studio/settings"

export type StudioGalleryRequest = { owner?: string }
export type StudioGalleryResponse = StudioReply<{ items: GalleryItem[] }>

/** The account's tokens (the page wallet's when one is in use), read back from the collection (tokenURI decoded in the popup). */
const handler: PlasmoMessaging.MessageHandler<StudioGalleryRequest, StudioGalleryResponse> = async (req, res) => {
  res.send(
    await reply(async () => {
      const account = await accountState()
      const tab = await tabWallet()
      const owner = req.body?.owner ? getAddress(req.body.owner) : tab ? tab.address : account.kind === "none" ? null : account.address
      return { items: owner ? await readGallery(await loadStudioSettings(), owner) : [] }
    })
  )
}

export default handler
