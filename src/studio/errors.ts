import { MamoriError, type MamoriErrorParameters } from "../errors/base"

/** A Studio failure outside the mint job (bad token metadata, bad settings). */
export class StudioError extends MamoriError {
  override name = "StudioError"
  constructor(shortMessage: string, params: MamoriErrorParameters) {
    super(shortMessage, params)
  }
}
