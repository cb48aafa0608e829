import { MamoriError } from "../errors/base"

/** Malformed pixels, words, proofs or artifacts handed to the zk layer. */
export class ZkInputError extends MamoriError {
  override name = "ZkInputError"
  constructor(shortMessage: string, details?: string) {
    super(shortMessage, { code: "zk/invalid-input", details })
  }
}

/** The prover failed or was cancelled. */
export class ZkProveError extends MamoriError {
  override name = "ZkProveError"
  constructor(shortMessage: string, params: { code?: string; cause?: unknown; details?: string } = {}) {
    super(shortMessage, { code: params.code ?? "zk/prove-failed", cause: params.cause, details: params.details })
  }
}
