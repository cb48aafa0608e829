import { MamoriError } from "~src/errors/base"

import { handle } from "../handle"
import { decideHistory } from "../shield/stores"

/** Records the user's answer to a review in the activity history. */
export default handle("shield-decision", async (body) => {
  const { entryId, decision } = body ?? {}
  if (typeof entryId !== "string" || (decision !== "continued" && decision !== "rejected"))
    throw new MamoriError("A decision needs an entry id and continued or rejected.", { code: "messaging/bad-request" })
  await decideHistory(entryId, decision)
  return { recorded: true }
})
