import type { Address, Hex } from "viem"

import type { MintProof, SignedTx, TxReceipt } from "../jobs/types"

/**
 * detected → (honest | unknown-model) or mismatch → proved → sent → corrected; closed when the token stopped being
 * challengeable first (window over, corrected by someone else, taken over by a proven reveal).
 */
export type ChallengeStep = "detected" | "honest" | "unknown-model" | "mismatch" | "proved" | "sent" | "corrected" | "closed"
export type ChallengeStatus = "running" | "failed" | "done"

/** A watchtower job for one pending optimistic token (JSON-safe). Persisted before every side effect. */
export type ChallengeJob = {
  /** Decimal token id (one job per token). */
  id: string
  prompt: string
  chainId: number
  collection: Address
  /** The challenger (the local account). */
  account: Address
  /** The data the minter posted. */
  posted: Hex
  /** The data the registered model really produces, recomputed locally. */
  expected?: Hex
  /** Last block of the challenge window. */
  deadline: string
  step: ChallengeStep
  status: ChallengeStatus
  proof?: MintProof
  tx?: Hex
  raw?: Hex
  note?: string
  error?: { code: string; message: string; retryable: boolean }
  createdAt: number
  updatedAt: number
}

/** Everything a challenge does to the world, injected. */
export type ChallengeEffects = {
  save(job: ChallengeJob): Promise<void>
  /** The model's real output for the prompt as aigcData, or null when this model's weights are not available here. */
  recompute(job: ChallengeJob): Promise<Hex | null>
  prove(job: ChallengeJob): Promise<MintProof>
  /** The token's optimistic status now. */
  status(): Promise<"none" | "pending" | "corrected" | "superseded">
  blockNumber(): Promise<bigint>
  signChallenge(proof: MintProof): Promise<SignedTx>
  broadcast(raw: Hex): Promise<void>
  getReceipt(hash: Hex): Promise<TxReceipt | null>
  sleep(ms: number): Promise<void>
  now(): number
}
