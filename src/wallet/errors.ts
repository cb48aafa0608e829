import { MamoriError, type MamoriErrorParameters } from "../errors/base"

/** A failure of the local account: wrong password, damaged keystore, locked account. */
export class WalletError extends MamoriError {
  override name = "WalletError"
  constructor(shortMessage: string, params: MamoriErrorParameters) {
    super(shortMessage, params)
  }
}
