import { thisExtension } from "~lib/thisExtension"

import type { LlmEngine } from "../../src/llm/engine"
import { createLlmHost, type LlmHost } from "../../src/llm/port/createLlmHost"
import { CONTENT_SCRIPT_LLM_REQUESTS, LLM_PORT_NAME, type PortLike } from "../../src/llm/port/protocol"
import { identifyCaller } from "../../src/messaging/caller"

export type StartLlmHostOptions = {
  portName?: string
  /** How often to touch an extension API while a job runs, so Chrome does not stop the worker (default 20 s; idle limit is 30 s). */
  keepAliveMs?: number
}

/**
 * Hosts the LLM engine where WebGPU is: call once, synchronously, at the top level of the background
 * service worker (or of an offscreen document). Clients connect with `createLlmClient()`. While a load or
 * a generation runs the worker keeps itself alive; when idle it may be stopped, which frees the GPU —
 * the next `load` then comes from the cache, not the network.
 *
 * @example
 * // background/index.ts
 * import { WebLlmEngine } from "~background/llm/webLlmEngine"
 * import { startLlmHost } from "~background/llm/serviceWorkerHost"
 * export const llm = new WebLlmEngine({ customModels: () => customModelStore.list() })
 * startLlmHost(llm)
 */
export function startLlmHost(engine: LlmEngine, { portName = LLM_PORT_NAME, keepAliveMs = 20_000 }: StartLlmHostOptions = {}): LlmHost {
  let timer: ReturnType<typeof setInterval> | undefined
  const host = createLlmHost(engine, {
    onBusyChange: (busy) => {
      if (busy && !timer) timer = setInterval(() => void chrome.runtime.getPlatformInfo().catch(() => undefined), keepAliveMs)
      if (!busy && timer) {
        clearInterval(timer)
        timer = undefined
      }
    }
  })
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== portName) return
    // A content script (the overlay) may only read the status and generate; model management is for our pages.
    const caller = identifyCaller(port.sender, thisExtension())
    if (!caller) return port.disconnect()
    host.serve(port as unknown as PortLike, caller.kind === "content-script" ? { allow: CONTENT_SCRIPT_LLM_REQUESTS } : {})
  })
  return host
}
