import type { CatalogueModel } from "../models/catalogue"
import type { LlmError } from "./errors"
import type { AssessWebGpuReturnType } from "./webgpu/assessWebGpu"

export type LlmStatusText = {
  /** Whether explanations currently come from the local model. */
  on: boolean
  /** One line for the overlay or the popup, e.g. "Local model off: only a software GPU." */
  headline: string
  /** What is going on and what would turn the model on, in plain words. */
  detail: string
}

export type DescribeLlmStatusParameters = {
  assessment: AssessWebGpuReturnType
  catalogue: readonly CatalogueModel[]
  loadedModelId?: string
  cachedIds?: readonly string[]
  /** The last load's error, if it failed. */
  lastError?: LlmError
}

/**
 * Says in plain words whether the local model is on, and when it is off why and what would turn it on:
 * no WebGPU, a software adapter, a failed load, or no model downloaded yet.
 */
export function describeLlmStatus({ assessment, catalogue, loadedModelId, cachedIds = [], lastError }: DescribeLlmStatusParameters): LlmStatusText {
  const label = (id: string | undefined) => catalogue.find((m) => m.id === id)?.label ?? id ?? "a model"
  if (loadedModelId)
    return {
      on: true,
      headline: `Local model on: ${label(loadedModelId)}.`,
      detail: "Explanations are written on this computer; the verdict always comes from Mamori's rules."
    }
  const templates = "Explanations come from Mamori's built-in templates; the verdict is the same either way."
  if (lastError) {
    return { on: false, headline: "Local model off: loading failed.", detail: `${lastError.shortMessage} ${templates}` }
  }
  if (!assessment.usable) {
    const headline =
      assessment.gpu === "none"
        ? "Local model off: no WebGPU."
        : assessment.gpu === "software"
          ? "Local model off: only a software GPU."
          : "Local model off: this GPU is not enough."
    return { on: false, headline, detail: `${assessment.reason} ${templates}` }
  }
  const picked = catalogue.find((m) => m.id === assessment.pickedModelId)
  if (picked && !cachedIds.includes(picked.id)) {
    const size = picked.downloadMB === undefined ? "" : ` (${picked.downloadIsEstimate ? "about " : ""}${Math.ceil(picked.downloadMB)} MB, once)`
    return { on: false, headline: "Local model off: no model downloaded yet.", detail: `Download ${picked.label}${size} in Models to turn it on. ${templates}` }
  }
  return {
    on: false,
    headline: "Local model ready to load.",
    detail: `${label(cachedIds.find((id) => id === assessment.pickedModelId) ?? cachedIds[0])} is downloaded; it loads onto the GPU the first time it is needed. ${templates}`
  }
}
