import type { AssessWebGpuReturnType } from "../llm/webgpu/assessWebGpu"
import type { CatalogueModel } from "./catalogue"

/** One row of the model manager (popup and options page), with every text it shows. */
export type ModelRow = {
  id: string
  label: string
  source: "preset" | "custom"
  engine: "webgpu" | "cpu"
  /** e.g. "about 890 MB download" (estimate) or "3.1 MB download" (measured). */
  downloadText: string
  /** e.g. "needs about 1.6 GB of GPU memory". */
  memoryText: string
  /** e.g. "needs shader-f16 · 4096-token context". */
  requirementsText: string
  fits: boolean
  /** Why it fits or not, in plain words (from `assessWebGpu`). */
  why: string
  /** The default choice for this device. */
  recommended: boolean
  state: "loaded" | "cached" | "not-downloaded"
}

export type DescribeModelsParameters = {
  catalogue: readonly CatalogueModel[]
  assessment: AssessWebGpuReturnType
  cachedIds?: readonly string[]
  loadedId?: string
}

/** Builds the model manager's rows: sizes, GPU needs, fit, recommendation and cache state per model. */
export function describeModels({ catalogue, assessment, cachedIds = [], loadedId }: DescribeModelsParameters): ModelRow[] {
  return catalogue.map((m) => {
    const fit = assessment.perModel.find((f) => f.id === m.id)
    return {
      id: m.id,
      label: m.label,
      source: m.source,
      engine: m.engine,
      downloadText: m.downloadMB === undefined ? "download size unknown" : `${m.downloadIsEstimate ? "about " : ""}${formatMB(m.downloadMB)} download`,
      memoryText:
        m.engine === "cpu"
          ? m.memoryMB === undefined
            ? "memory need unknown"
            : `needs about ${formatMB(m.memoryMB)} of memory`
          : m.vramMB === undefined
            ? "GPU memory need unknown"
            : `needs about ${formatMB(m.vramMB)} of GPU memory`,
      requirementsText: (m.engine === "cpu"
        ? ["runs on the CPU", m.speedText ?? "speed unknown", `${m.contextWindow}-token context`]
        : [m.needsShaderF16 ? "needs shader-f16" : "no shader-f16 needed", `${m.contextWindow}-token context`]
      ).join(" · "),
      fits: fit?.fits ?? false,
      why: fit?.why ?? "not assessed",
      recommended: assessment.pickedModelId === m.id,
      state: loadedId === m.id ? "loaded" : cachedIds.includes(m.id) ? "cached" : "not-downloaded"
    }
  })
}

function formatMB(mb: number): string {
  // Small (custom, measured) models keep a decimal: a 1.0 MB test model must not read "2 MB".
  return mb >= 1000 ? `${(mb / 1024).toFixed(1)} GB` : mb < 10 ? `${mb.toFixed(1)} MB` : `${Math.ceil(mb)} MB`
}
