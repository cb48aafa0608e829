import { type Caller, type ExtensionIdentity, identifyCaller, type SenderLike } from "./caller"
import { MESSAGE_CALLERS, type MessageName, type MessageRequest, type MessageResponse } from "./protocol"
import { fail, failFromError, ok, type Result } from "./result"

/** What a message handler receives: the body as sent (untrusted: validate it) and the caller as Chromium saw it. */
export type HandlerWork<N extends MessageName, C extends Caller = Caller> = (body: Partial<MessageRequest<N>> | undefined, caller: C) => Promise<MessageResponse<N>>

/** The handler's incoming message as the runtime hands it over: the body, and the sender filled in by Chromium. */
export type IncomingMessage = { body?: unknown; sender?: SenderLike }

/** The runtime's reply channel (Plasmo's `res`, or a wrapper around `sendResponse`). */
export type ReplyChannel<N extends MessageName> = { send(reply: Result<MessageResponse<N>>): void }

export type HandleParameters = {
  /** This extension's id and page origin; read at call time (the service worker knows it, tests inject it). */
  extension: () => ExtensionIdentity
}

/**
 * Builds the handler for one message: refuses callers the protocol does not allow (`messaging/forbidden`),
 * runs `work`, and answers with a `Result`. Nothing thrown by `work` crosses the boundary: it becomes
 * `{ ok: false, error }` with the error's code.
 *
 * @example
 * export default handle("shield-history", async () => ({ entries: await loadHistory(), settings: await loadSettings() }), { extension })
 */
export function handle<N extends MessageName>(name: N, work: HandlerWork<N>, { extension }: HandleParameters) {
  return async (message: IncomingMessage, reply: ReplyChannel<N>): Promise<void> => {
    reply.send(await answer(name, work, message, extension))
  }
}

async function answer<N extends MessageName>(name: N, work: HandlerWork<N>, message: IncomingMessage, extension: () => ExtensionIdentity): Promise<Result<MessageResponse<N>>> {
  try {
    const caller = identifyCaller(message?.sender, extension())
    if (!caller || !MESSAGE_CALLERS[name].includes(caller.kind)) return fail("messaging/forbidden", `"${name}" is not available to this caller.`)
    const body = message.body
    return ok(await work(body !== null && typeof body === "object" ? (body as Partial<MessageRequest<N>>) : undefined, caller))
  } catch (error) {
    return failFromError(error, `${name}/failed`)
  }
}
