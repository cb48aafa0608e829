import type { ChatMessage, GenerateOptions, LlmEngine, LlmProgress, LoadOptions, ModelCacheManager, ModelRef } from "../engine"
import { modelIdOf } from "../engine"
import { EngineFailedError, LlmAbortedError, type LlmError } from "../errors"
import { deserializeLlmError, type LlmHostStatus, type LlmReply, type LlmRequest, type PortLike } from "./protocol"

type Pending = {
  onProgress?: (p: LlmProgress) => void
  onDelta?: (text: string) => void
  resolve: (reply: { status: LlmHostStatus; value?: unknown }) => void
  reject: (error: LlmError) => void
}

type RequestBody = LlmRequest extends infer R ? (R extends { id: string } ? Omit<R, "id"> : never) : never

/**
 * An `LlmEngine` that drives the engine living in the LLM host (service worker or offscreen document)
 * over a runtime port. The port is opened on first use and reopened after the host went away (the
 * worker was stopped): requests in flight then fail with a clear error, and the next call reconnects.
 * `load` of the model the host already has is answered at once, without a reload.
 */
export class PortLlmClient implements LlmEngine, ModelCacheManager {
  readonly kind = "port"
  private port?: PortLike
  private status: LlmHostStatus = { engineKind: "unknown" }
  private readonly pending = new Map<string, Pending>()
  private counter = 0

  /** @param connect opens a new port to the host, e.g. `() => chrome.runtime.connect({ name: LLM_PORT_NAME })`. */
  constructor(private readonly connect: () => PortLike) {}

  isLoaded(): boolean {
    return this.status.loadedModelId !== undefined
  }

  loadedModelId(): string | undefined {
    return this.status.loadedModelId
  }

  /** The host engine's kind as last reported (e.g. "CPU, 2 threads"), once a reply came. */
  engineKind(): string | undefined {
    return this.status.engineKind === "unknown" ? undefined : this.status.engineKind
  }

  /** Asks the host what it has loaded (call once after opening the popup or overlay). */
  async refresh(): Promise<LlmHostStatus> {
    return (await this.request({ kind: "status" })).status
  }

  /** Downloads a model in the host (it carries on if this page closes); returns the host's download summary. */
  async download(modelId: string, { onProgress, signal }: LoadOptions = {}): Promise<unknown> {
    return (await this.request({ kind: "download", modelId }, { onProgress, signal })).value
  }

  async isCached(modelId: string): Promise<boolean> {
    return (await this.cachedModels([modelId])).includes(modelId)
  }

  /** Which of `modelIds` are fully in the cache (one round trip for the whole model list). */
  async cachedModels(modelIds: readonly string[]): Promise<string[]> {
    const value = (await this.request({ kind: "cached", modelIds: [...modelIds] })).value
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []
  }

  async deleteModel(modelId: string): Promise<void> {
    await this.request({ kind: "delete", modelId })
  }

  async load(modelRef: ModelRef, { onProgress, signal }: LoadOptions = {}): Promise<void> {
    await this.request({ kind: "load", modelId: modelIdOf(modelRef) }, { onProgress, signal })
  }

  async unload(): Promise<void> {
    await this.request({ kind: "unload" })
  }

  async *complete(messages: readonly ChatMessage[], { signal, maxTokens, temperature }: GenerateOptions = {}): AsyncIterable<string> {
    const queue: string[] = []
    let wake: (() => void) | undefined
    let finished = false
    let failure: LlmError | undefined
    // A consumer that stops iterating early must stop the host too: abort through our own controller.
    const local = new AbortController()
    const forward = () => local.abort()
    if (signal?.aborted) local.abort()
    signal?.addEventListener("abort", forward, { once: true })
    const done = this.request(
      { kind: "complete", messages: messages.map((m) => ({ role: m.role, content: m.content })), maxTokens, temperature },
      {
        signal: local.signal,
        onDelta: (text) => {
          queue.push(text)
          wake?.()
        }
      }
    ).then(
      () => {
        finished = true
        wake?.()
      },
      (error: LlmError) => {
        failure = error
        finished = true
        wake?.()
      }
    )
    try {
      while (true) {
        if (queue.length) {
          yield queue.shift()!
          continue
        }
        if (finished) break
        await new Promise<void>((resolve) => (wake = resolve))
        wake = undefined
      }
      await done
      if (failure) throw failure
    } finally {
      signal?.removeEventListener("abort", forward)
      if (!finished) local.abort()
    }
  }

  private request(
    body: RequestBody,
    handlers: { onProgress?: Pending["onProgress"]; onDelta?: Pending["onDelta"]; signal?: AbortSignal } = {}
  ): Promise<{ status: LlmHostStatus; value?: unknown }> {
    if (handlers.signal?.aborted)
      return Promise.reject(new LlmAbortedError(body.kind === "complete" ? "Generation" : body.kind === "download" ? "The download" : "Loading the model"))
    const id = `${Date.now().toString(36)}-${++this.counter}`
    return new Promise<{ status: LlmHostStatus; value?: unknown }>((resolve, reject) => {
      let port: PortLike
      try {
        port = this.ensurePort()
      } catch (error) {
        reject(new EngineFailedError(`cannot reach the model host (${(error as Error)?.message ?? error})`, { cause: error }))
        return
      }
      const onAbort = () => this.post({ kind: "abort", id: `${id}-abort`, target: id })
      handlers.signal?.addEventListener("abort", onAbort, { once: true })
      const cleanup = () => handlers.signal?.removeEventListener("abort", onAbort)
      this.pending.set(id, {
        onProgress: handlers.onProgress,
        onDelta: handlers.onDelta,
        resolve: (reply) => {
          cleanup()
          resolve(reply)
        },
        reject: (error) => {
          cleanup()
          reject(error)
        }
      })
      try {
        port.postMessage({ ...body, id } as LlmRequest)
      } catch {
        // The port died without telling us (Chrome reports a disconnect only to the other end): reopen once.
        if (this.port === port) this.port = undefined
        try {
          this.ensurePort().postMessage({ ...body, id } as LlmRequest)
        } catch (error) {
          this.pending.delete(id)
          cleanup()
          reject(new EngineFailedError(`cannot reach the model host (${(error as Error)?.message ?? error})`, { cause: error }))
        }
      }
    })
  }

  private post(message: LlmRequest): void {
    try {
      this.port?.postMessage(message)
    } catch {
      // the port is gone; its disconnect handler fails the pending requests
    }
  }

  private ensurePort(): PortLike {
    if (this.port) return this.port
    const port = this.connect()
    this.port = port
    port.onMessage.addListener((reply: LlmReply) => this.onReply(reply))
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return
      this.port = undefined
      // The host's engine state is unknown until the next reply.
      this.status = { engineKind: this.status.engineKind }
      const error = new EngineFailedError("the model host stopped (the extension's worker restarted); try again.")
      for (const pending of this.pending.values()) pending.reject(error)
      this.pending.clear()
    })
    return port
  }

  private onReply(reply: LlmReply): void {
    const pending = this.pending.get(reply?.id)
    if (reply?.kind === "done" || reply?.kind === "error") this.status = reply.status
    if (!pending) return
    switch (reply.kind) {
      case "progress":
        return pending.onProgress?.(reply.progress)
      case "delta":
        return pending.onDelta?.(reply.text)
      case "done":
        this.pending.delete(reply.id)
        return pending.resolve({ status: reply.status, value: reply.value })
      case "error":
        this.pending.delete(reply.id)
        return pending.reject(deserializeLlmError(reply.error))
    }
  }
}
