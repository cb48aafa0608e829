import { PortLlmClient } from "~src/llm/port/PortLlmClient"
import { LLM_PORT_NAME, type PortLike } from "~src/llm/port/protocol"

/**
 * An `LlmEngine` for the popup, the options page or the overlay's content script, driving the engine
 * hosted by `startLlmHost`. It reconnects by itself after the worker was stopped; call `refresh()` once
 * to learn what the host has loaded.
 *
 * @example
 * const llm = createLlmClient()
 * await llm.refresh()
 * for await (const text of explainAudit(result, { engine: llm })) append(text)
 */
export function createLlmClient(portName: string = LLM_PORT_NAME): PortLlmClient {
  return new PortLlmClient(() => chrome.runtime.connect({ name: portName }) as unknown as PortLike)
}
