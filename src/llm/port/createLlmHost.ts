import { hasModelCache, type LlmEngine, type ModelCacheManager } from "../engine"
import { EngineFailedError, LlmAbortedError, LlmError } from "../errors"
import { toLlmError } from "../toLlmError"
import { serializeLlmError, type LlmHostStatus, type LlmReply, type LlmRequest, type PortLike } from "./protocol"

export type LlmHostHooks = {
  /** Called with true when the first job starts and false when the last ends (the worker keeps itself alive meanwhile). */
  onBusyChange?: (busy: boolean) => void
}

export type ServeOptions = {
  /** The request kinds this port may send (default: all); others are answered with `llm/forbidden`. */
  allow?: readonly LlmRequest["kind"][]
}

export type LlmHost = {
  /** Answers one client's port. */
  serve(port: PortLike, options?: ServeOptions): void
  /** Number of loads and generations running, over all ports. */
  activeJobs(): number
}

/**
 * The host side of the LLM port: one engine shared by every client port. Loads report progress,
 * generations stream deltas, aborts cancel by request id. When a client goes away its generations
 * stop, but a load carries on, so a model being downloaded when the popup closes is ready next time.
 * Loading the model that is already loaded returns at once (the `LlmEngine` contract), so a client that
 * reconnects after the worker or the popup restarted does not cause a reload.
 */
export function createLlmHost(engine: LlmEngine, hooks: LlmHostHooks = {}): LlmHost {
  let active = 0
  const cache = (): ModelCacheManager => {
    if (!hasModelCache(engine)) throw new EngineFailedError(`the ${engine.kind} engine has no model cache to manage`)
    return engine
  }
  const status = (): LlmHostStatus => ({ loadedModelId: engine.loadedModelId(), engineKind: engine.kind })

  function serve(port: PortLike, { allow }: ServeOptions = {}): void {
    const jobs = new Map<string, { controller: AbortController; kind: "load" | "complete" }>()
    let connected = true
    const send = (reply: LlmReply) => {
      if (!connected) return
      try {
        port.postMessage(reply)
      } catch {
        connected = false // the port closed between our check and the post
      }
    }
    const run = async (id: string, kind: "load" | "complete", work: (signal: AbortSignal) => Promise<unknown>) => {
      const controller = new AbortController()
      jobs.set(id, { controller, kind })
      if (++active === 1) hooks.onBusyChange?.(true)
      try {
        const value = await work(controller.signal)
        send({ kind: "done", id, status: status(), ...(value === undefined ? {} : { value }) })
      } catch (error) {
        send({ kind: "error", id, error: serializeLlmError(toLlmError(error)), status: status() })
      } finally {
        jobs.delete(id)
        if (--active === 0) hooks.onBusyChange?.(false)
      }
    }

    port.onMessage.addListener((message: LlmRequest) => {
      if (!message || typeof message.id !== "string") return
      if (allow && !allow.includes(message.kind)) {
        const error = new LlmError(`"${String(message.kind)}" is not available to this caller.`, "llm/forbidden")
        return send({ kind: "error", id: message.id, error: serializeLlmError(error), status: status() })
      }
      switch (message.kind) {
        case "status":
          return send({ kind: "done", id: message.id, status: status() })
        case "load":
          return void run(message.id, "load", (signal) => engine.load(message.modelId, { signal, onProgress: (progress) => send({ kind: "progress", id: message.id, progress }) }))
        case "unload":
          return void run(message.id, "load", () => engine.unload())
        case "complete":
          return void run(message.id, "complete", async (signal) => {
            const options = { signal, maxTokens: message.maxTokens, temperature: message.temperature }
            for await (const text of engine.complete(message.messages, options)) send({ kind: "delta", id: message.id, text })
            if (signal.aborted) throw new LlmAbortedError("Generation")
          })
        case "download":
          return void run(message.id, "load", (signal) =>
            cache().download(message.modelId, { signal, onProgress: (progress) => send({ kind: "progress", id: message.id, progress }) })
          )
        case "cached":
          return void run(message.id, "load", async () => {
            const ids = Array.isArray(message.modelIds) ? message.modelIds.filter((m) => typeof m === "string") : []
            const flags = await Promise.all(
              ids.map((m) =>
                cache()
                  .isCached(m)
                  .catch(() => false)
              )
            )
            return ids.filter((_, i) => flags[i])
          })
        case "delete":
          return void run(message.id, "load", () => cache().deleteModel(message.modelId))
        case "abort":
          jobs.get(message.target)?.controller.abort()
          return send({ kind: "done", id: message.id, status: status() })
      }
    })
    port.onDisconnect.addListener(() => {
      connected = false
      for (const job of jobs.values()) if (job.kind === "complete") job.controller.abort()
    })
  }

  return { serve, activeJobs: () => active }
}
