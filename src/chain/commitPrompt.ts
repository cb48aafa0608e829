import type { Address, Hex } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { commitmentHash } from "./commitmentHash"
import { toChainError } from "./errors"
import type { Wallet } from "./wallet"

export type CommitParameters = { collection: Address; prompt: string; salt: Hex }
export type CommitReturnType = { hash: Hex; commitment: Hex }

/**
 * Sends commit(commitmentHash(account, prompt, salt)); persist the salt BEFORE calling this.
 * @returns The transaction hash and the commitment.
 */
export async function commitPrompt(wallet: Wallet, params: CommitParameters): Promise<CommitReturnType> {
  const commitment = commitmentHash(wallet.account.address, params.prompt, params.salt)
  try {
    const hash = await wallet.writeContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "commit",
      args: [commitment],
      chain: wallet.chain,
      account: wallet.account
    })
    return { hash, commitment }
  } catch (error) {
    throw toChainError(error)
  }
}
