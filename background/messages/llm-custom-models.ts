import type { PlasmoMessaging } from "@plasmohq/messaging"

import { runCustomModelAction, type CustomModelsRequest, type CustomModelsResponse } from "../llm/customModelActions"

/** Lists, adds (after validation over the network) or removes the developer's custom models. */
const handler: PlasmoMessaging.MessageHandler<CustomModelsRequest, CustomModelsResponse> = async (req, res) => {
  res.send(await runCustomModelAction(req.body ?? { action: "list" }))
}

export default handler
