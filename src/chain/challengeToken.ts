import type { Address, Hex } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { toChainError } from "./errors"
import { utf8Hex } from "./utf8Hex"
import type { Wallet } from "./wallet"

export type ChallengeParameters = { collection: Address; prompt: string; aigcData: Hex; proof: Hex; gas?: bigint }

/**
 * Sends challenge(prompt, aigcData, proof): a Groth16 proof of the model's real output for a pending optimistic
 * token. When it differs from the posted pixels the token is corrected and the bond paid to the sender.
 * @returns The transaction hash.
 */
export async function challengeToken(wallet: Wallet, params: ChallengeParameters): Promise<Hex> {
  try {
    return await wallet.writeContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "challenge",
      args: [utf8Hex(params.prompt), params.aigcData, params.proof],
      chain: wallet.chain,
      account: wallet.account,
      gas: params.gas
    })
  } catch (error) {
    throw toChainError(error)
  }
}

/**
 * Sends finalise(tokenId): returns an unchallenged bond to its minter once the window closed (anyone may call).
 * @returns The transaction hash.
 */
export async function finaliseBond(wallet: Wallet, params: { collection: Address; tokenId: bigint }): Promise<Hex> {
  try {
    return await wallet.writeContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "finalise",
      args: [params.tokenId],
      chain: wallet.chain,
      account: wallet.account
    })
  } catch (error) {
    throw toChainError(error)
  }
}
