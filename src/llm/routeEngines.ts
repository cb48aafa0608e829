import { modelIdOf, type ChatMessage, type GenerateOptions, type LlmEngine, type LoadOptions, type ModelCacheManager, type ModelRef } from "./engine"
import { ModelNotLoadedError } from "./errors"

export type RoutedEngine = LlmEngine & ModelCacheManager

export type RouteEnginesParameters<K extends string> = {
  engines: Record<K, RoutedEngine>
  /** Which engine runs a model id (throws `UnknownModelError` for an unknown id). */
  engineOf: (modelId: string) => Promise<K>
}

/**
 * One `LlmEngine` over several (web-llm on WebGPU, wllama on the CPU): downloads, cache checks and loads
 * go to the engine that runs the model; generation goes to the engine holding the loaded model. Loading
 * a model on one engine unloads the other first, so two models never sit in memory at once.
 */
export function routeEngines<K extends string>({ engines, engineOf }: RouteEnginesParameters<K>): RoutedEngine {
  const all = Object.values(engines) as RoutedEngine[]
  const active = () => all.find((e) => e.isLoaded())
  return {
    get kind() {
      return active()?.kind ?? "none"
    },
    isLoaded: () => active() !== undefined,
    loadedModelId: () => active()?.loadedModelId(),
    async load(ref: ModelRef, options?: LoadOptions) {
      const target = engines[await engineOf(modelIdOf(ref))]
      for (const other of all) if (other !== target && other.isLoaded()) await other.unload()
      await target.load(ref, options)
    },
    async unload() {
      await Promise.all(all.filter((e) => e.isLoaded()).map((e) => e.unload()))
    },
    complete(messages: readonly ChatMessage[], options?: GenerateOptions) {
      const engine = active()
      if (!engine) throw new ModelNotLoadedError()
      return engine.complete(messages, options)
    },
    download: async (id: string, options?: LoadOptions) => engines[await engineOf(id)].download(id, options),
    isCached: async (id: string) => engines[await engineOf(id)].isCached(id),
    deleteModel: async (id: string) => engines[await engineOf(id)].deleteModel(id)
  }
}
