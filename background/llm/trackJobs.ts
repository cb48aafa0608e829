import type { ChatMessage, GenerateOptions, LlmEngine, LoadOptions, ModelCacheManager, ModelRef } from "../../src/llm/engine"
import { modelIdOf } from "../../src/llm/engine"
import type { TrackedJob } from "../../src/llm/trackedJob"

export type JobTracker<E> = {
  /** The engine to host: the same engine, with its downloads and loads recorded. */
  engine: E
  jobs(): TrackedJob[]
  /** Cancels the running job for `modelId`; false when there is none. */
  cancel(modelId: string): boolean
}

/**
 * Wraps the engine so the worker knows which downloads and loads are running and how far they are:
 * a popup closed mid-download and reopened can show the bar again and cancel it, although the port that
 * started the job is gone.
 */
export function trackJobs<E extends LlmEngine & ModelCacheManager>(inner: E): JobTracker<LlmEngine & ModelCacheManager> {
  const running = new Map<string, { job: TrackedJob; controller: AbortController }>()

  const track = async <T>(modelId: string, kind: TrackedJob["kind"], options: LoadOptions, run: (options: LoadOptions) => Promise<T>): Promise<T> => {
    const controller = new AbortController()
    const forward = () => controller.abort()
    if (options.signal?.aborted) controller.abort()
    options.signal?.addEventListener("abort", forward, { once: true })
    const entry = { job: { modelId, kind, startedAt: Date.now() } as TrackedJob, controller }
    running.set(modelId, entry)
    try {
      return await run({
        signal: controller.signal,
        onProgress: (progress) => {
          entry.job.progress = progress
          options.onProgress?.(progress)
        }
      })
    } finally {
      options.signal?.removeEventListener("abort", forward)
      if (running.get(modelId) === entry) running.delete(modelId)
    }
  }

  const engine: LlmEngine & ModelCacheManager = {
    get kind() {
      return inner.kind
    },
    isLoaded: () => inner.isLoaded(),
    loadedModelId: () => inner.loadedModelId(),
    unload: () => inner.unload(),
    complete: (messages: readonly ChatMessage[], options?: GenerateOptions) => inner.complete(messages, options),
    load: (ref: ModelRef, options: LoadOptions = {}) => track(modelIdOf(ref), "load", options, (o) => inner.load(ref, o)),
    download: (modelId: string, options: LoadOptions = {}) => track(modelId, "download", options, (o) => inner.download(modelId, o)),
    isCached: (modelId: string) => inner.isCached(modelId),
    deleteModel: (modelId: string) => inner.deleteModel(modelId)
  }
  return {
    engine,
    jobs: () => [...running.values()].map((r) => ({ ...r.job })),
    cancel: (modelId) => {
      const entry = running.get(modelId)
      entry?.controller.abort()
      return Boolean(entry)
    }
  }
}
