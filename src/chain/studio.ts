import type { Account, Address, Chain, Hex, PublicClient, Transport, WalletClient } from "viem"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { commitmentHash } from "./commitmentHash"
import { toChainError } from "./errors"

type Wallet = WalletClient<Transport, Chain | undefined, Account>

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

export type RevealParameters = { collection: Address; prompt: string; aigcData: Hex; proof: Hex; salt: Hex; gas?: bigint }

/**
 * Sends reveal(prompt, aigcData, proof, salt): verifies the proof on-chain and mints to the sender.
 * @returns The transaction hash.
 */
export async function revealPrompt(wallet: Wallet, params: RevealParameters): Promise<Hex> {
  try {
    return await wallet.writeContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "reveal",
      args: [toUtf8Hex(params.prompt), params.aigcData, params.proof, params.salt],
      chain: wallet.chain,
      account: wallet.account,
      gas: params.gas
    })
  } catch (error) {
    throw toChainError(error)
  }
}

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

/** Calls the view verify(prompt, aigcData, proof): lets the mint job check a proof before paying for reveal. */
export async function verifyOnChain(client: PublicClient, params: { collection: Address; prompt: string; aigcData: Hex; proof: Hex }): Promise<boolean> {
  try {
    return await client.readContract({
      address: params.collection,
      abi: mamoriArtAbi,
      functionName: "verify",
      args: [toUtf8Hex(params.prompt), params.aigcData, params.proof]
    })
  } catch (error) {
    throw toChainError(error)
  }
}

function toUtf8Hex(s: string): Hex {
  return `0x${Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, "0")).join("")}`
}
