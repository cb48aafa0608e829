import { thisExtension } from "~lib/thisExtension"
import { type HandlerWork, handle as handleFor } from "~src/messaging/handle"
import type { MessageName } from "~src/messaging/protocol"

/**
 * The default export of a file in `background/messages/` (Plasmo registers one handler per file): checks
 * the caller against the protocol, runs `work`, and answers with a `Result`.
 */
export function handle<N extends MessageName>(name: N, work: HandlerWork<N>) {
  return handleFor(name, work, { extension: thisExtension })
}
