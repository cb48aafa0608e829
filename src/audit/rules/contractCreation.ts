/** Deploying a contract: say so plainly; it moves nothing by itself. */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const contractCreation: Rule = {
  id: "contract-creation",
  severity: "info",
  description: "The transaction deploys a new contract.",
  check(a) {
    if (!a.decoded.creation) return []
    return [finding(this, "Deploys a new contract", `${a.decoded.creation.codeBytes} bytes of code would be deployed from your account.`)]
  }
}
