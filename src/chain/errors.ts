import { BaseError, ContractFunctionRevertedError } from "viem"
import { MamoriError, type MamoriErrorParameters } from "../errors/base"

/** A chain-side failure of the Studio (bad input, missing deployment, reverted call). */
export class ChainError extends MamoriError {
  override name = "ChainError"
  constructor(shortMessage: string, params: MamoriErrorParameters) {
    super(shortMessage, params)
  }
}

/** Plain words for the collection's and registry's custom errors, keyed by error name. */
const REVERT_MESSAGES: Record<string, string> = {
  MamoriArt__EmptyPrompt: "The prompt is empty.",
  MamoriArt__PromptTooLong: "The prompt is longer than 160 bytes (UTF-8).",
  MamoriArt__InvalidCommitment: "The commitment is empty.",
  MamoriArt__CommitmentNotFound: "No commitment from this account matches the prompt and salt.",
  MamoriArt__RevealTooEarly: "The reveal must wait at least one block after the commit.",
  MamoriArt__CommitmentExpired: "The commitment expired; commit again.",
  MamoriArt__PromptAlreadyMinted: "This prompt is already minted (from a commitment as old as yours or older).",
  MamoriArt__InvalidUtf8: "The prompt is not valid UTF-8.",
  MamoriArt__ModelRetired: "This model (or its architecture) is retired: it makes no new tokens.",
  MamoriArt__NotFinal: "This token can still be claimed by an older commitment; it can be transferred once that window ends.",
  MamoriArt__UnknownModel: "The model is not registered on this chain.",
  MamoriArt__MalformedAigcData: "The AIGC data or proof has the wrong length.",
  MamoriArt__InvalidProof: "The proof does not verify for this prompt, image and model.",
  MamoriArt__PromptMismatch: "The token id is not the hash of the prompt.",
  MamoriArt__MintThroughReveal: "Tokens are minted through commit and reveal only.",
  MamoriArt__AigcDataImmutable: "This token's AIGC data is already set and cannot change.",
  ModelRegistry__ModelExists: "This model commitment is already registered.",
  ModelRegistry__UnknownArchitecture: "The architecture is not registered.",
  ModelRegistry__InvalidCommitment: "The model commitment is not a non-zero field element.",
  ModelRegistry__InvalidName: "A model name is 1 to 64 ASCII letters and digits, with single spaces, '-', '_', '.' or apostrophes between them.",
  ModelRegistry__NameTaken: "Another model already has this name (or one that looks the same).",
  ModelRegistry__ArchitectureRetired: "The architecture is retired: no new models or mints.",
  ModelRegistry__ModelRetired: "The model is already retired.",
  ModelRegistry__NotModelOwner: "Only the model's owner can do this.",
  MamoriArt__WrongMintFee: "The amount sent is not the model's mint fee (plus the bond on the optimistic path).",
  MamoriArt__FeeTransferFailed: "The model's fee receiver refused the payment.",
  OptimisticMint__BondMissing: "The amount sent does not cover the optimistic-mint bond.",
  OptimisticMint__NotChallengeable: "This token is not a pending optimistic mint.",
  OptimisticMint__WindowClosed: "The challenge window of this token has closed.",
  OptimisticMint__WindowOpen: "The challenge window is still open; the bond returns after it closes.",
  OptimisticMint__SameOutput: "The proven image equals the posted one: there is nothing to correct.",
  OptimisticMint__ModelMismatch: "The challenge must prove the same model as the posted data.",
  OptimisticMint__InvalidProof: "The challenge's proof does not verify.",
  OptimisticMint__NoBond: "No bond is held for this token.",
  OptimisticMint__UpdateThroughChallenge: "AIGC data change only through a proven challenge.",
  ModelRegistry__TokenLaunched: "This model already has a revenue token.",
  ModelRegistry__RoyaltyTooHigh: "The royalty is above the registry's cap (10 %).",
  ModelRevenueToken__SnapshotTooSoon: "The previous revenue snapshot is too recent.",
  ModelRevenueToken__UnknownSnapshot: "No such revenue snapshot.",
  ModelRevenueToken__NothingToClaim: "Nothing to claim for this snapshot (no balance then, or already claimed).",
  ModelRevenueToken__ZeroAmount: "Burn at least one unit.",
  ERC721NonexistentToken: "The token does not exist."
}

/**
 * Turns a viem error from a contract call into a ChainError whose code names the revert, e.g.
 * `chain/MamoriArt__RevealTooEarly`; other errors become `chain/call-failed`.
 */
export function toChainError(error: unknown): ChainError {
  if (error instanceof ChainError) return error
  if (error instanceof BaseError) {
    const revert = error.walk((e) => e instanceof ContractFunctionRevertedError)
    if (revert instanceof ContractFunctionRevertedError && revert.data?.errorName) {
      const name = revert.data.errorName
      const args = (revert.data.args ?? []).map((a) => String(a))
      return new ChainError(REVERT_MESSAGES[name] ?? `The contract rejected the call (${name}).`, {
        code: `chain/${name}`,
        details: args.length ? `${name}(${args.join(", ")})` : name,
        cause: error
      })
    }
    return new ChainError(error.shortMessage, { code: "chain/call-failed", cause: error })
  }
  return new ChainError(error instanceof Error ? error.message : String(error), { code: "chain/call-failed", cause: error })
}
