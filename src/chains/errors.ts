import { MamoriError } from "../errors/base"

/** A chain or RPC setting the user typed that cannot be used (bad id, name, symbol or URL). */
export class ChainSettingError extends MamoriError {
  override name = "ChainSettingError"
  readonly field: "id" | "name" | "nativeSymbol" | "rpcUrl"
  constructor(field: ChainSettingError["field"], shortMessage: string) {
    super(shortMessage, { code: "chains/invalid-setting" })
    this.field = field
  }
}
