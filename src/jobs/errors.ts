import { BaseError, HttpRequestError, InsufficientFundsError, TimeoutError } from "viem"
import { MamoriError, errorMessage, type MamoriErrorParameters } from "../errors/base"
import { causes } from "../errors/causes"
import type { MintJobError } from "./types"

/** A mint job failure with a message the user can act on; `retryable` says whether Retry can help. */
export class MintError extends MamoriError {
  override name = "MintError"
  readonly retryable: boolean
  constructor(shortMessage: string, params: MamoriErrorParameters & { retryable: boolean }) {
    super(shortMessage, params)
    this.retryable = params.retryable
  }
}

/** Turns anything a step threw into the job's stored error (plain words, code, retryable). */
export function toMintJobError(error: unknown): MintJobError {
  if (error instanceof MintError) return { code: error.code, message: error.shortMessage, retryable: error.retryable }
  if (error instanceof MamoriError) {
    if (error.code === "wallet/locked") return { code: error.code, message: error.shortMessage, retryable: true }
    if (error.code === "chain/MamoriArt__PromptAlreadyMinted") return { code: "mint/already-minted", message: "This prompt is already minted by someone else.", retryable: false }
    if (error.code === "chain/MamoriArt__CommitmentExpired") return { code: "mint/commit-expired", message: error.shortMessage, retryable: true }
  }
  if (isInsufficientFunds(error)) return { code: "mint/insufficient-funds", message: "The account has not enough ETH to pay for gas. Fund it, then Retry.", retryable: true }
  if (isRpcDown(error)) return { code: "mint/rpc-down", message: "The chain's RPC cannot be reached. Check that the node is running, then Retry.", retryable: true }
  const code = error instanceof MamoriError ? error.code : "mint/failed"
  return { code, message: errorMessage(error), retryable: true, details: causeChain(error) }
}

const walk = (error: unknown, test: (e: unknown) => boolean): boolean => causes(error, 10).some(test)

function isInsufficientFunds(error: unknown): boolean {
  return walk(error, (e) => e instanceof InsufficientFundsError || /insufficient funds/i.test(String((e as Error)?.message ?? "")))
}

function isRpcDown(error: unknown): boolean {
  return walk(
    error,
    (e) =>
      e instanceof HttpRequestError ||
      e instanceof TimeoutError ||
      (e instanceof BaseError && /fetch failed|failed to fetch|ECONNREFUSED|network/i.test(e.details ?? "")) ||
      /fetch failed|failed to fetch|ECONNREFUSED/i.test(String((e as Error)?.message ?? ""))
  )
}

/** The messages along an error's cause chain, for the job's details line (diagnosis, not for the headline). */
function causeChain(error: unknown): string {
  return causes(error, 8)
    .map((e) => {
      const o = e as { name?: string; shortMessage?: string; message?: string; details?: string }
      return `${o.name ?? "Error"}: ${o.details ?? o.shortMessage ?? String(o.message ?? e).split("\n")[0]}`
    })
    .join(" <- ")
    .slice(0, 800)
}
