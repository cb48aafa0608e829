import { handle } from "../handle"
import { runCustomModelAction } from "../llm/customModelActions"

/** Lists, adds (after validation over the network) or removes the developer's custom models. */
export default handle("llm-custom-models", async (body) => runCustomModelAction(body?.action ? (body as Parameters<typeof runCustomModelAction>[0]) : { action: "list" }))
