import type { Address, Hex } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { toChainError } from "./errors"
import { utf8Hex } from "./utf8Hex"
import type { Wallet } from "./wallet"

export type RevealOptimisticParameters = {
  collection: Address
  prompt: string
  aigcData: Hex
  salt: Hex
  /** The collection's bond plus the model's mint fee, in wei (readOptimisticTerms + readModelEconomy). */
  value: bigint
  gas?: bigint
}

/**
 * Sends revealOptimistic(prompt, aigcData, salt): mints at once without a proof, against a bond; the token is
 * "pending" until the challenge window closes.
 * @returns The transaction hash.
 */
export async function revealOptimistic(wallet: Wallet, params: RevealOptimisticParameters): Promise<Hex> {
  try {
    return await wallet.writeContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "revealOptimistic",
      args: [utf8Hex(params.prompt), params.aigcData, params.salt],
      value: params.value,
      chain: wallet.chain,
      account: wallet.account,
      gas: params.gas
    })
  } catch (error) {
    throw toChainError(error)
  }
}
