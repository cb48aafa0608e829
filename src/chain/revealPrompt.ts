import type { Address, Hex } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { toChainError } from "./errors"
import { utf8Hex } from "./utf8Hex"
import type { Wallet } from "./wallet"

export type RevealParameters = {
  collection: Address
  prompt: string
  aigcData: Hex
  proof: Hex
  salt: Hex
  gas?: bigint
  /** The model's mint fee in wei (readModelEconomy); reveal reverts with MamoriArt__WrongMintFee unless exact. */
  value?: bigint
  /** EIP-1559 fees; the wallet's estimate when omitted. */
  maxFeePerGas?: bigint
  maxPriorityFeePerGas?: bigint
}

/**
 * Sends reveal(prompt, aigcData, proof, salt) with the model's fee: verifies the proof on-chain and mints to the
 * sender.
 * @returns The transaction hash.
 */
export async function revealPrompt(wallet: Wallet, params: RevealParameters): Promise<Hex> {
  try {
    return await wallet.writeContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "reveal",
      args: [utf8Hex(params.prompt), params.aigcData, params.proof, params.salt],
      chain: wallet.chain,
      account: wallet.account,
      gas: params.gas,
      value: params.value ?? 0n,
      ...(params.maxFeePerGas === undefined ? {} : { maxFeePerGas: params.maxFeePerGas, maxPriorityFeePerGas: params.maxPriorityFeePerGas })
    })
  } catch (error) {
    throw toChainError(error)
  }
}
