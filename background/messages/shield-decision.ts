import type { PlasmoMessaging } from "@plasmohq/messaging"

import { decideHistory } from "../shield/stores"

export type ShieldDecisionRequest = { entryId: string; decision: "continued" | "rejected" }

/** Records the user's answer to a review in the activity history. */
const handler: PlasmoMessaging.MessageHandler<ShieldDecisionRequest, { ok: boolean }> = async (req, res) => {
  const { entryId, decision } = req.body ?? ({} as ShieldDecisionRequest)
  if (typeof entryId !== "string" || (decision !== "continued" && decision !== "rejected")) return res.send({ ok: false })
  await decideHistory(entryId, decision)
  res.send({ ok: true })
}

export default handler
