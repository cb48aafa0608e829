import { CPU_PRESETS, type CpuPreset } from "./cpuPresets"
import { PRESETS, type Preset } from "./presets"
import type { CustomModelEntry, ModelEngine } from "./customModelTypes"

/** One model the user can pick, preset or custom, with what the model manager shows about it. */
export type CatalogueModel = {
  id: string
  label: string
  source: "preset" | "custom"
  /** "webgpu": web-llm on the GPU; "cpu": wllama (llama.cpp in WebAssembly) from one GGUF file. */
  engine: ModelEngine
  /** For "cpu": the GGUF file's URL. */
  ggufUrl?: string
  /** For "cpu": memory needed in MB (RAM, not GPU). */
  memoryMB?: number
  /** For "cpu": a plain-words speed estimate. */
  speedText?: string
  /** Download size in MB; `downloadIsEstimate` says whether it was measured (custom) or estimated (preset). */
  downloadMB?: number
  downloadIsEstimate: boolean
  /** GPU memory needed in MB, when known. */
  vramMB?: number
  needsShaderF16: boolean
  contextWindow: number
  /** Required `maxStorageBufferBindingSize`, when the model declares one. */
  bufferSizeRequiredBytes?: number
  lowResource: boolean
  /** Lower is preferred by the default choice; custom models are never picked by default. */
  preference: number
}

/** The catalogue: the curated GPU presets, the CPU presets, then the developer's custom models. */
export function buildCatalogue(custom: readonly CustomModelEntry[] = []): CatalogueModel[] {
  return [...PRESETS.map(presetToModel), ...CPU_PRESETS.map(cpuPresetToModel), ...custom.map(customToModel)]
}

/** Finds a model by id. */
export function findCatalogueModel(catalogue: readonly CatalogueModel[], id: string): CatalogueModel | undefined {
  return catalogue.find((m) => m.id === id)
}

function presetToModel(p: Preset): CatalogueModel {
  return {
    id: p.id,
    label: p.label,
    source: "preset",
    engine: "webgpu",
    downloadMB: p.downloadMB,
    downloadIsEstimate: true,
    vramMB: p.vramMB,
    needsShaderF16: p.needsShaderF16,
    contextWindow: p.contextWindow,
    lowResource: p.lowResource,
    preference: p.preference
  }
}

function cpuPresetToModel(p: CpuPreset): CatalogueModel {
  return {
    id: p.id,
    label: p.label,
    source: "preset",
    engine: "cpu",
    ggufUrl: p.url,
    memoryMB: p.memoryMB,
    speedText: p.speedText,
    downloadMB: p.downloadMB,
    downloadIsEstimate: true,
    needsShaderF16: false,
    contextWindow: p.contextWindow,
    lowResource: true,
    preference: 100 + p.preference
  }
}

function customToModel(c: CustomModelEntry): CatalogueModel {
  if (c.engine === "cpu")
    return {
      id: c.record.model_id,
      label: c.label ?? c.record.model_id,
      source: "custom",
      engine: "cpu",
      ggufUrl: c.record.model,
      downloadMB: c.downloadBytes === undefined ? undefined : c.downloadBytes / 2 ** 20,
      downloadIsEstimate: false,
      needsShaderF16: false,
      contextWindow: c.contextWindow,
      lowResource: true,
      preference: Number.POSITIVE_INFINITY
    }
  return {
    id: c.record.model_id,
    label: c.label ?? c.record.model_id,
    source: "custom",
    engine: "webgpu",
    downloadMB: c.downloadBytes === undefined ? undefined : c.downloadBytes / 2 ** 20,
    downloadIsEstimate: false,
    vramMB: c.record.vram_required_MB,
    needsShaderF16: (c.record.required_features ?? []).includes("shader-f16"),
    contextWindow: c.record.overrides?.context_window_size ?? c.contextWindow,
    bufferSizeRequiredBytes: c.record.buffer_size_required_bytes,
    lowResource: c.record.low_resource_required ?? false,
    preference: Number.POSITIVE_INFINITY
  }
}
