import { zeroAddress, type Address, type Hex, type PublicClient } from "viem"
import { modelRegistryAbi } from "./abi/modelRegistryAbi"
import { toChainError } from "./errors"

/** What a model costs and pays: shown in the Studio before minting, and charged by the mint job. */
export type ModelEconomy = {
  modelCommitment: bigint
  /** Wei paid once per mint, on both paths. */
  fee: bigint
  /** Where the fee and royalties go: the revenue token when launched, else the registrant. */
  payee: Address
  /** The ERC-7641 revenue token, or null. */
  revenueToken: Address | null
  royaltyBps: number
  licenseURI: string
  /** keccak256 of the licence text (zero when none). */
  termsHash: Hex
}

/** Reads a model's fee, revenue token, royalty and licence from the registry. */
export async function readModelEconomy(client: PublicClient, params: { registry: Address; modelCommitment: bigint }): Promise<ModelEconomy> {
  const base = { address: params.registry, abi: modelRegistryAbi } as const
  try {
    const [[fee, revenueToken, royaltyBps], [licenseURI, termsHash], [payee]] = await Promise.all([
      client.readContract({ ...base, functionName: "economyOf", args: [params.modelCommitment] }),
      client.readContract({ ...base, functionName: "licenseOf", args: [params.modelCommitment] }),
      // The royalty receiver is the fee payee too: the revenue token when launched, else the registrant.
      client.readContract({ ...base, functionName: "royaltyOf", args: [params.modelCommitment] })
    ])
    return {
      modelCommitment: params.modelCommitment,
      fee,
      payee,
      revenueToken: revenueToken === zeroAddress ? null : revenueToken,
      royaltyBps: Number(royaltyBps),
      licenseURI,
      termsHash
    }
  } catch (error) {
    throw toChainError(error)
  }
}
