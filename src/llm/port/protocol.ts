import type { ChatMessage, LlmProgress } from "../engine"
import { LlmAbortedError, LlmError, type LlmErrorCode } from "../errors"

/** The name of the runtime port between an LLM client (popup, overlay relay) and the LLM host. */
export const LLM_PORT_NAME = "mamori-llm"

/**
 * What a content script (the overlay's explanation) may ask: the status, a generation, and cancelling it.
 * Loading, downloading and deleting models belong to the extension's own pages.
 */
export const CONTENT_SCRIPT_LLM_REQUESTS: readonly LlmRequest["kind"][] = ["status", "complete", "abort"]

/** What the host reports about its engine. */
export type LlmHostStatus = { loadedModelId?: string; engineKind: string }

/** Client → host. Every request carries an id; replies and progress quote it. */
export type LlmRequest =
  | { kind: "status"; id: string }
  | { kind: "load"; id: string; modelId: string }
  | { kind: "unload"; id: string }
  | { kind: "complete"; id: string; messages: ChatMessage[]; maxTokens?: number; temperature?: number }
  /** Model manager: download without loading (progress like a load), check the cache, delete. */
  | { kind: "download"; id: string; modelId: string }
  | { kind: "cached"; id: string; modelIds: string[] }
  | { kind: "delete"; id: string; modelId: string }
  /** Cancels the request `target` (a load, a download or a generation). */
  | { kind: "abort"; id: string; target: string }

/** Host → client. */
export type LlmReply =
  | { kind: "progress"; id: string; progress: LlmProgress }
  | { kind: "delta"; id: string; text: string }
  /** `value`: the cached ids for a "cached" request. */
  | { kind: "done"; id: string; status: LlmHostStatus; value?: unknown }
  | { kind: "error"; id: string; error: SerializedLlmError; status: LlmHostStatus }

/** An `LlmError` as plain data, to cross a port. */
export type SerializedLlmError = { code: LlmErrorCode; shortMessage: string; details?: string; metaMessages?: string[] }

/** The subset of `chrome.runtime.Port` both ends use (a MessageChannel adapter fits too). */
export interface PortLike {
  postMessage(message: unknown): void
  disconnect(): void
  onMessage: { addListener(listener: (message: any) => void): void }
  onDisconnect: { addListener(listener: () => void): void }
}

export function serializeLlmError(error: LlmError): SerializedLlmError {
  return { code: error.code, shortMessage: error.shortMessage, details: error.details, metaMessages: error.metaMessages }
}

/** Rebuilds an `LlmError` on the client side: same code and message (the subclass is not preserved). */
export function deserializeLlmError(data: SerializedLlmError): LlmError {
  // Aborts are checked with instanceof by callers that rethrow them; keep that class.
  if (data?.code === "llm/aborted") return new LlmAbortedError("The operation", { details: data.details })
  return new LlmError(String(data?.shortMessage ?? "The language model failed."), (data?.code ?? "llm/engine-failed") as LlmErrorCode, {
    details: data?.details,
    metaMessages: data?.metaMessages
  })
}
