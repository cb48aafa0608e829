import { parseAbi, parseAbiItem, type Address } from "viem"

import { readToken } from "~src/chain/studio"
import type { GalleryItem } from "~src/studio/galleryItem"

import { publicClientFor } from "./chainEffects"
import type { StudioSettings } from "~src/studio/studioSettings"

const ENUMERABLE = parseAbi(["function balanceOf(address) view returns (uint256)", "function tokenOfOwnerByIndex(address, uint256) view returns (uint256)"])
const TRANSFER = parseAbiItem("event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)")

/** The owner's token ids: ERC-721 Enumerable when the collection has it, else its Transfer logs. */
async function tokenIdsOf(settings: StudioSettings, owner: Address): Promise<bigint[]> {
  const client = publicClientFor(settings)
  const collection = settings.collection!
  const count = await client.readContract({ address: collection, abi: ENUMERABLE, functionName: "balanceOf", args: [owner] })
  try {
    const ids: bigint[] = []
    for (let i = 0n; i < count; i++) ids.push(await client.readContract({ address: collection, abi: ENUMERABLE, functionName: "tokenOfOwnerByIndex", args: [owner, i] }))
    return ids
  } catch {
    const logs = await client.getLogs({ address: collection, event: TRANSFER, args: { to: owner }, fromBlock: 0n })
    return [...new Set(logs.map((l) => l.args.tokenId!))]
  }
}

/** Reads the owner's tokens back from the contract, newest last. */
export async function readGallery(settings: StudioSettings, owner: Address): Promise<GalleryItem[]> {
  if (!settings.collection) return []
  const client = publicClientFor(settings)
  const items: GalleryItem[] = []
  for (const tokenId of await tokenIdsOf(settings, owner)) {
    const t = await readToken(client, { collection: settings.collection, tokenId })
    if (t.owner.toLowerCase() !== owner.toLowerCase()) continue
    items.push({ tokenId: tokenId.toString(), prompt: t.prompt, tokenURI: t.tokenURI, aigcData: t.aigcData })
  }
  return items
}
