/**
 * The shape of a web-llm `ModelRecord` (see web-llm's config.ts), declared here so the core does not
 * import web-llm. The adapter passes these records to web-llm's `appConfig.model_list` unchanged.
 */
export type WebLlmModelRecord = {
  /** Base URL of the model directory; web-llm appends `resolve/main/` unless the URL has `/resolve/<branch>/`. */
  model: string
  model_id: string
  /** URL of the compiled model library (`.wasm`). */
  model_lib: string
  overrides?: { context_window_size?: number; [key: string]: unknown }
  vram_required_MB?: number
  low_resource_required?: boolean
  buffer_size_required_bytes?: number
  required_features?: string[]
}

/** Which engine runs a model: web-llm on WebGPU (MLC directory + library) or wllama on the CPU (one GGUF file). */
export type ModelEngine = "webgpu" | "cpu"

/** What a developer types in to add a model. */
export type CustomModelInput = {
  id: string
  /** Default "webgpu". For "cpu", `modelUrl` is the GGUF file's URL and `modelLibUrl` is not used. */
  engine?: ModelEngine
  modelUrl: string
  modelLibUrl: string
  contextWindow: number
  label?: string
  /** GPU memory the model needs, if the developer knows it (shown, and used by the fit check). */
  vramMB?: number
}

/** A validated custom model, as stored and as listed in the catalogue. */
export type CustomModelEntry = {
  /** Absent on entries stored before the CPU engine existed: those are "webgpu". */
  engine?: ModelEngine
  /** For "cpu": `model` is the GGUF URL, `model_lib` is empty. */
  record: WebLlmModelRecord
  label?: string
  contextWindow: number
  /** Sum of the weight shards plus tokenizer, measured during validation. */
  downloadBytes?: number
  /** For "cpu": what the GGUF header says. */
  gguf?: { architecture: string; contextLength: number; tensorCount: number }
  /** When it was validated (ms since epoch). */
  addedAt: number
}
