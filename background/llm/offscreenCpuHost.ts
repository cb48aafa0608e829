import { createLlmHost } from "../../src/llm/port/createLlmHost"
import type { PortLike } from "../../src/llm/port/protocol"
import { cacheArtifactStore } from "./cacheArtifactStore"
import { WllamaEngine } from "./wllamaEngine"

/** The port between the service worker's `CpuLlmEngine` and the CPU engine in the offscreen document. */
export const CPU_LLM_PORT_NAME = "mamori-llm-cpu"
/** Where the build puts wllama's wasm (see scripts/lib/copyRuntimeAssets.mjs). */
export const WLLAMA_WASM_PATH = "wllama/wllama.wasm"

let engine: WllamaEngine | undefined

/**
 * Hosts the CPU engine (wllama) in the offscreen document: call once at the document's top level. The
 * service worker connects on `CPU_LLM_PORT_NAME`; the protocol is the same as the popup's LLM port.
 */
export function startCpuLlmHost(): WllamaEngine {
  if (engine) return engine
  engine = new WllamaEngine({ wasmUrl: chrome.runtime.getURL(WLLAMA_WASM_PATH), store: cacheArtifactStore() })
  const host = createLlmHost(engine)
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name === CPU_LLM_PORT_NAME) host.serve(port as unknown as PortLike)
  })
  return engine
}
