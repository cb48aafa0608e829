import type { YourModelsAction } from "~src/studio/yourModels"

import { handle } from "../handle"
import { listYourModels, runYourModelsAction } from "../studio/yourModels"

const ACTIONS = new Set(["launch", "set-fee", "set-royalty", "snapshot", "claim", "burn"])

/** "Your models" (options page): list the Mamori account's models, or run one registrant action on one of them. */
export default handle("studio-your-models", async (body) => {
  // The body is untrusted until checked: every field is re-checked by type in runYourModelsAction.
  const b = (body ?? {}) as Record<string, unknown>
  if (typeof b.action !== "string" || !ACTIONS.has(b.action)) return listYourModels()
  const str = (k: string) => (typeof b[k] === "string" ? (b[k] as string) : "")
  const num = (k: string) => (typeof b[k] === "number" ? (b[k] as number) : Number.NaN)
  const action = {
    action: b.action,
    commitment: str("commitment"),
    name: str("name"),
    symbol: str("symbol"),
    supply: str("supply"),
    claimShareBps: num("claimShareBps"),
    snapshotInterval: num("snapshotInterval"),
    feeWei: str("feeWei"),
    bps: num("bps"),
    snapshotId: num("snapshotId"),
    amount: str("amount")
  } as YourModelsAction
  return runYourModelsAction(action)
})
