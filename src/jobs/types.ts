import type { Address, Hex } from "viem"
import type { ArtArchitecture } from "../studio/architecture"

/** The steps of a mint, in order. Each is persisted before the side effect that leaves it. */
export const MINT_STEPS = ["created", "proving", "proved", "salted", "commit-sent", "committed", "reveal-sent", "minted"] as const
export type MintStep = (typeof MINT_STEPS)[number]

/** running: the runner may advance it; waiting: needs the user (locked account); failed: needs Retry; done: minted. */
export type MintStatus = "running" | "waiting" | "failed" | "done"

/**
 * How a job mints. proven: a Groth16 proof made locally, checked by the contract (validity). optimistic: the pixels
 * without a proof, against the collection's bond; the token is "pending" until the challenge window closes and can
 * be corrected by anyone's proof meanwhile (ERC-7007 Updatable; cheaper gas, the bond returns after the window).
 */
export type MintMode = "proven" | "optimistic"

/** One commit transaction. Kept forever, so a paid commit is never lost (even after it expires). */
export type CommitRecord = {
  salt: Hex
  commitment: Hex
  /** Hash of the signed transaction, persisted before it is broadcast. */
  tx?: Hex
  /** The signed transaction, so a resume re-broadcasts the same bytes (same nonce) instead of paying twice. */
  raw?: Hex
  block?: number
  gasUsed?: string
  /** When the wallet was asked to send it (external wallets: persisted before the request). */
  requestedAt?: number
  state: "salted" | "sent" | "mined" | "expired" | "dropped" | "revealed"
}

export type RevealRecord = { tx: Hex; raw?: Hex; block?: number; gasUsed?: string; state: "sent" | "mined" | "reverted" }

export type MintProof = { aigcData: Hex; proof: Hex; ms?: number }

export type MintJobError = { code: string; message: string; retryable: boolean; details?: string }

/** A mint job as stored (JSON-safe: no bigint). */
export type MintJob = {
  id: string
  prompt: string
  /** Decimal uint256(keccak256(prompt)). */
  tokenId: string
  /** Commitment (decimal) of the custom art model that makes the image; the default model when absent. */
  model?: string
  /**
   * The architecture that makes and proves the image (its circuit, public inputs and aigcData layout);
   * absent in jobs stored before the scene architecture: mamori-art-v1.
   */
  architecture?: ArtArchitecture
  /** Absent: proven (jobs stored before the optimistic path existed). */
  mode?: MintMode
  account: Address
  /** How it signs: the local account (sign, persist, send) or the page's wallet (sign-and-send). */
  signer?: "local" | "tab"
  chainId: number
  collection: Address
  step: MintStep
  status: MintStatus
  progress?: { stage: string; fraction: number }
  proof?: MintProof
  /**
   * The model's mint fee in wei (decimal), read before the first commit and shown to the user; the reveal pays
   * exactly this. It is part of the reveal transaction, so a resumed job (same signed bytes) never pays twice.
   */
  fee?: string
  /**
   * Optimistic mode: the collection's bond in wei (decimal), read before the first commit like the fee. The reveal
   * pays fee + bond in the same transaction, so a resumed job never posts it twice.
   */
  bond?: string
  commits: CommitRecord[]
  reveals: RevealRecord[]
  error?: MintJobError
  /** Each step reached, with its time (ms since epoch): the popup's timeline. */
  history: { step: MintStep; at: number; note?: string }[]
  createdAt: number
  updatedAt: number
}

/** A transaction signed but not yet sent. */
export type SignedTx = { hash: Hex; raw: Hex }
export type TxReceipt = { status: "success" | "reverted"; blockNumber: bigint; gasUsed: bigint }
export type CommitWindow = { committedAt: bigint; readyAt: bigint; expiresAfter: bigint }

/** Everything the state machine does to the world, injected (browser, node and tests differ). */
export type MintEffects = {
  /** Persists the job; must be durable when it resolves. */
  save(job: MintJob): Promise<void>
  prove(job: MintJob, onProgress: (stage: string, fraction: number) => void): Promise<MintProof>
  /** Optimistic mode: the model's pixels as aigcData, without a proof (`proof` is "0x"). */
  generate?(job: MintJob): Promise<MintProof>
  /** Optimistic mode: the collection's current bond (wei). */
  optimisticBond?(): Promise<bigint>
  randomSalt(): Hex
  chainId(): Promise<number>
  blockNumber(): Promise<bigint>
  balance(): Promise<bigint>
  /** Wei the account needs for a commit and a reveal at current prices. */
  requiredBalance(): Promise<bigint>
  /** The token's owner, or null when it does not exist. */
  tokenOwner(tokenId: bigint): Promise<Address | null>
  readCommit(commitment: Hex): Promise<CommitWindow>
  /** The current mint fee (wei) of the model that made `aigcData`; zero when absent (older collections). */
  mintFee?(aigcData: Hex): Promise<bigint>
  /** Local accounts sign first, so the hash is persisted before anything is sent. */
  signCommit?(commitment: Hex): Promise<SignedTx>
  /** `bond`: zero on the proven path; on the optimistic path the reveal is revealOptimistic and pays fee + bond. */
  signReveal?(salt: Hex, proof: MintProof, fee: bigint, bond: bigint): Promise<SignedTx>
  /** External wallets (the tab's provider) sign and send in one step and return the hash. */
  sendCommit?(commitment: Hex): Promise<Hex>
  sendReveal?(salt: Hex, proof: MintProof, fee: bigint, bond: bigint): Promise<Hex>
  /** Sends signed bytes; must not fail when the node already knows or has mined them. */
  broadcast(raw: Hex): Promise<void>
  /** The receipt, or null while the transaction is not mined (or unknown). */
  getReceipt(hash: Hex): Promise<TxReceipt | null>
  sleep(ms: number): Promise<void>
  now(): number
}
