/** The browser-side LLM adapters. See each file for where it runs. */
export { WebLlmEngine, type WebLlmEngineOptions } from "./webLlmEngine"
export { probeWebGpu } from "./probeWebGpu"
export { cacheArtifactStore } from "./cacheArtifactStore"
export { startLlmHost, type StartLlmHostOptions } from "./serviceWorkerHost"
