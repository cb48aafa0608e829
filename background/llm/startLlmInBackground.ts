import { UnknownModelError } from "../../src/llm/errors"
import { routeEngines, type RoutedEngine } from "../../src/llm/routeEngines"
import { buildCatalogue, findCatalogueModel } from "../../src/models/catalogue"
import { CustomModelStore, type KeyValueStore } from "../../src/models/customModelStore"
import { ensureOffscreen } from "../studio/offscreenProver"
import { cacheArtifactStore } from "./cacheArtifactStore"
import { CpuLlmEngine } from "./cpuLlmEngine"
import { CPU_LLM_PORT_NAME } from "./offscreenCpuHost"
import { DEFAULT_LLM_SETTINGS, LLM_SETTINGS_KEY, readLlmSettings, type LlmSettings } from "./llmSettings"
import { probeWebGpu } from "./probeWebGpu"
import { startLlmHost } from "./serviceWorkerHost"
import { trackJobs, type JobTracker } from "./trackJobs"
import { WebLlmEngine } from "./webLlmEngine"
import type { PortLike } from "../../src/llm/port/protocol"

/** chrome.storage.local as the custom-model registry's key-value store. */
const chromeStorageKv: KeyValueStore = {
  get: async (key) => (await chrome.storage.local.get(key))[key],
  set: (key, value) => chrome.storage.local.set({ [key]: value })
}

export type LlmBackground = {
  /** web-llm on WebGPU. */
  engine: WebLlmEngine
  /** wllama on the CPU (generation in the offscreen document). */
  cpu: CpuLlmEngine
  /** What the popup and overlay drive: each model on its engine. */
  router: RoutedEngine
  customModels: CustomModelStore
  /** Downloads and loads running in the worker (a reopened popup shows and can cancel them). */
  tracker: JobTracker<unknown>
  /** The settings as last read (kept current through chrome.storage.onChanged). */
  settings: () => LlmSettings
}

let started: LlmBackground | undefined

/** How often to touch an extension API while a model is loaded, so Chrome does not stop the worker and drop it. */
const LOADED_KEEP_ALIVE_MS = 20_000

/**
 * Starts Mamori's local LLM in the service worker: the real web-llm engine (WebGPU is available to
 * workers), the custom-model registry in chrome.storage.local, and the `mamori-llm` port the popup,
 * options page and overlay use. Call once, synchronously, at the top level of the worker, so a port
 * opened by a client wakes the worker and finds its listener.
 */
export function startLlmInBackground(): LlmBackground {
  if (started) return started
  const customModels = new CustomModelStore(chromeStorageKv)
  let settings: LlmSettings = DEFAULT_LLM_SETTINGS
  const settingsRead = readLlmSettings().then(
    (s) => void (settings = s),
    () => undefined
  )
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && changes[LLM_SETTINGS_KEY]) void readLlmSettings().then((s) => (settings = s))
  })
  const engine = new WebLlmEngine({
    customModels: () => customModels.list(),
    // The probe runs before the engine reads the switch below: wait for the stored settings first, so a
    // load right after the worker woke up does not see the defaults.
    probe: async () => {
      await settingsRead
      return probeWebGpu()
    },
    // Read at each load, so the options page's switch applies without restarting the worker.
    get allowFallbackAdapter() {
      return settings.allowFallbackAdapter
    }
  })
  const catalogueModel = async (id: string) => {
    const model = findCatalogueModel(buildCatalogue(await customModels.list()), id)
    if (!model) throw new UnknownModelError(id)
    return model
  }
  const cpu = new CpuLlmEngine({
    resolveUrl: async (id) => (await catalogueModel(id).catch(() => undefined))?.ggufUrl,
    store: cacheArtifactStore(),
    ensureHost: ensureOffscreen,
    connect: () => chrome.runtime.connect({ name: CPU_LLM_PORT_NAME }) as unknown as PortLike
  })
  const router = routeEngines({ engines: { webgpu: engine, cpu }, engineOf: async (id) => (await catalogueModel(id)).engine })
  const tracker = trackJobs(router)
  startLlmHost(tracker.engine)
  // A loaded model lives in this worker's GPU memory: keep the worker up while one is loaded, so an
  // idle stop does not throw the model away and force a reload from the cache.
  setInterval(() => {
    if (router.isLoaded()) void chrome.runtime.getPlatformInfo().catch(() => undefined)
  }, LOADED_KEEP_ALIVE_MS)
  started = { engine, cpu, router, customModels, tracker, settings: () => settings }
  return started
}

/** The running LLM background (for the message handlers); starts it if the entry has not yet. */
export function llmBackground(): LlmBackground {
  return started ?? startLlmInBackground()
}
