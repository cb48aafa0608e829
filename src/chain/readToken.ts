import type { Address, Hex, PublicClient } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { toChainError } from "./errors"

export type TokenView = { tokenId: bigint; owner: Address; prompt: string; aigcData: Hex; tokenURI: string }

/** Reads a minted token: owner, prompt, stored aigcData and the on-chain metadata URI. */
export async function readToken(client: PublicClient, params: { collection: Address; tokenId: bigint }): Promise<TokenView> {
  const base = { address: params.collection, abi: mamoriArtAbi } as const
  try {
    const [owner, prompt, aigcData, tokenURI] = await Promise.all([
      client.readContract({ ...base, functionName: "ownerOf", args: [params.tokenId] }),
      client.readContract({ ...base, functionName: "prompt", args: [params.tokenId] }),
      client.readContract({ ...base, functionName: "aigcDataOf", args: [params.tokenId] }),
      client.readContract({ ...base, functionName: "tokenURI", args: [params.tokenId] })
    ])
    return { tokenId: params.tokenId, owner, prompt, aigcData, tokenURI }
  } catch (error) {
    throw toChainError(error)
  }
}
