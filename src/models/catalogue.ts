import { PRESETS, type Preset } from "./presets"
import type { CustomModelEntry } from "./customModelTypes"

/** One model the user can pick, preset or custom, with what the model manager shows about it. */
export type CatalogueModel = {
  id: string
  label: string
  source: "preset" | "custom"
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

/** The catalogue: the curated presets, then the developer's custom models. */
export function buildCatalogue(custom: readonly CustomModelEntry[] = []): CatalogueModel[] {
  return [...PRESETS.map(presetToModel), ...custom.map(customToModel)]
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
    downloadMB: p.downloadMB,
    downloadIsEstimate: true,
    vramMB: p.vramMB,
    needsShaderF16: p.needsShaderF16,
    contextWindow: p.contextWindow,
    lowResource: p.lowResource,
    preference: p.preference
  }
}

function customToModel(c: CustomModelEntry): CatalogueModel {
  return {
    id: c.record.model_id,
    label: c.label ?? c.record.model_id,
    source: "custom",
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
