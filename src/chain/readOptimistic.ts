import type { Address, PublicClient } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { toChainError } from "./errors"

/** The optimistic state of a token, as OptimisticMint.Status numbers it. */
export const OPTIMISTIC_STATUS = ["none", "pending", "corrected", "superseded"] as const
export type OptimisticStatus = (typeof OPTIMISTIC_STATUS)[number]

export type OptimisticRecord = { minter: Address; deadline: bigint; status: OptimisticStatus; bond: bigint }

/** Reads a token's optimistic record (status "none" for a proven mint). */
export async function readOptimisticRecord(client: PublicClient, params: { collection: Address; tokenId: bigint }): Promise<OptimisticRecord> {
  try {
    const [minter, deadline, status, bond] = await client.readContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "optimisticRecordOf",
      args: [params.tokenId]
    })
    return { minter, deadline, status: OPTIMISTIC_STATUS[status] ?? "none", bond }
  } catch (error) {
    throw toChainError(error)
  }
}

/** Reads the bond (wei) and challenge window (blocks) of new optimistic mints. */
export async function readOptimisticTerms(client: PublicClient, params: { collection: Address }): Promise<{ bond: bigint; window: bigint }> {
  try {
    const base = { address: params.collection, abi: mamoriArtAbi } as const
    const [bond, window] = await Promise.all([client.readContract({ ...base, functionName: "optimisticBond" }), client.readContract({ ...base, functionName: "challengeWindow" })])
    return { bond, window }
  } catch (error) {
    throw toChainError(error)
  }
}
