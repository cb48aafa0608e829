import type { Address, Hex, PublicClient } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { toChainError } from "./errors"
import { utf8Hex } from "./utf8Hex"

/** Calls the view verify(prompt, aigcData, proof): lets the mint job check a proof before paying for reveal. */
export async function verifyOnChain(client: PublicClient, params: { collection: Address; prompt: string; aigcData: Hex; proof: Hex }): Promise<boolean> {
  try {
    return await client.readContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "verify",
      args: [utf8Hex(params.prompt), params.aigcData, params.proof]
    })
  } catch (error) {
    throw toChainError(error)
  }
}
