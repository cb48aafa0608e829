import type { Address, Hex, PublicClient } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { toChainError } from "./errors"

export type CommitmentStatus = { committedAt: bigint; readyAt: bigint; expiresAfter: bigint }

/** Reads a commitment's window (all zero when the committer has no such commitment). */
export async function readCommitment(client: PublicClient, params: { collection: Address; committer: Address; commitment: Hex }): Promise<CommitmentStatus> {
  try {
    const [committedAt, readyAt, expiresAfter] = await client.readContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "commitmentOf",
      args: [params.committer, params.commitment]
    })
    return { committedAt, readyAt, expiresAfter }
  } catch (error) {
    throw toChainError(error)
  }
}
