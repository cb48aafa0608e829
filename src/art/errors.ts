import { MamoriError } from "../errors/base"

/** Bad weights, prompts or pixels handed to the art model. */
export class ArtInputError extends MamoriError {
  override name = "ArtInputError"
  constructor(shortMessage: string, details?: string) {
    super(shortMessage, { code: "art/invalid-input", details })
  }
}
