import type { CatalogueModel } from "../../models/catalogue"
import { WEBLLM_MIN_LIMITS, type GpuAdapterDescription, type RequiredLimits } from "./gpuDescription"

export type AssessWebGpuParameters = {
  /** Let a software adapter count as usable (tests drive the real engine through SwiftShader). */
  allowFallbackAdapter?: boolean
  /** Budget used for the default pick when the adapter description has none (default 2048 MB). */
  assumedBudgetMB?: number
}

export type ModelFit = { id: string; fits: boolean; why: string }

export type AssessWebGpuReturnType = {
  /** Whether a model should run by default on this device. */
  usable: boolean
  gpu: "none" | "software" | "hardware"
  /** Plain words: what was found and, when unusable, what would turn the model on. */
  reason: string
  pickedModelId?: string
  perModel: ModelFit[]
}

const MB = 2 ** 20
const LIMIT_WORDS: Record<keyof RequiredLimits, string> = {
  maxBufferSize: "largest buffer",
  maxStorageBufferBindingSize: "largest storage binding",
  maxComputeWorkgroupStorageSize: "workgroup memory",
  maxStorageBuffersPerShaderStage: "storage buffers per shader"
}

/**
 * Decides whether this device can run a local model and which catalogue model to pick by default.
 * Pure: takes the adapter as plain data. A fallback (software) adapter counts as "no GPU" for the
 * default choice unless `allowFallbackAdapter` is set, but `perModel` still says what would fit.
 */
export function assessWebGpu(
  gpu: GpuAdapterDescription,
  catalogue: readonly CatalogueModel[],
  { allowFallbackAdapter = false, assumedBudgetMB = 2048 }: AssessWebGpuParameters = {}
): AssessWebGpuReturnType {
  if (!gpu.available) {
    return {
      usable: false,
      gpu: "none",
      reason: `No WebGPU adapter${gpu.unavailableReason ? ` (${gpu.unavailableReason})` : ""}, so explanations come from Mamori's templates. A recent Chrome on a computer with a GPU, with hardware acceleration turned on, would turn the local model on.`,
      perModel: catalogue.map((m) => ({ id: m.id, fits: false, why: "no WebGPU adapter" }))
    }
  }
  const kind = gpu.isFallbackAdapter ? "software" : "hardware"
  const shortLimits = (Object.keys(WEBLLM_MIN_LIMITS) as (keyof RequiredLimits)[]).filter((key) => {
    const have = gpu.limits[key]
    return have !== undefined && have < WEBLLM_MIN_LIMITS[key]
  })
  const hasF16 = gpu.features.includes("shader-f16")
  const budget = gpu.memoryBudgetMB
  const perModel = catalogue.map((m) => fitModel(m, gpu, hasF16, shortLimits, budget))

  if (shortLimits.length) {
    const words = shortLimits.map((k) => `${LIMIT_WORDS[k]} ${formatLimit(k, gpu.limits[k]!)} < ${formatLimit(k, WEBLLM_MIN_LIMITS[k])}`)
    return {
      usable: false,
      gpu: kind,
      reason: `This GPU's limits are below what the model runtime needs (${words.join(", ")}). A GPU with larger limits would turn the local model on.`,
      perModel
    }
  }
  if (kind === "software" && !allowFallbackAdapter) {
    return {
      usable: false,
      gpu: kind,
      reason: `Only a software WebGPU adapter is available${adapterName(gpu)}: it would take minutes per sentence, so the local model is off and explanations come from templates. A real GPU with hardware acceleration on would turn it on.`,
      perModel
    }
  }
  const pickBudget = budget ?? assumedBudgetMB
  const candidates = catalogue
    // Only GPU models: CPU models are picked by `pickLlmEngine` when the GPU cannot run one.
    .filter((m, i) => perModel[i]!.fits && m.engine === "webgpu" && m.source === "preset" && (m.vramMB === undefined || m.vramMB <= pickBudget))
    .sort((a, b) => a.preference - b.preference)
  const picked = candidates[0]
  if (!picked) {
    const noF16 = !hasF16 && catalogue.some((m) => m.needsShaderF16)
    return {
      usable: false,
      gpu: kind,
      reason: `No model in the list fits this GPU${noF16 ? " (it lacks shader-f16)" : ""} within ${pickBudget} MB of GPU memory. Add a smaller custom model or raise the memory budget in the options.`,
      perModel
    }
  }
  return {
    usable: true,
    gpu: kind,
    reason: `WebGPU ${kind === "software" ? "software adapter (allowed for testing)" : "GPU"}${adapterName(gpu)} found${hasF16 ? " with shader-f16" : " without shader-f16"}; ${picked.label} fits${budget === undefined ? ` (assuming about ${pickBudget} MB of GPU memory, which the browser does not report)` : ""}.`,
    pickedModelId: picked.id,
    perModel
  }
}

function fitModel(m: CatalogueModel, gpu: GpuAdapterDescription, hasF16: boolean, shortLimits: readonly string[], budget: number | undefined): ModelFit {
  if (shortLimits.length) return { id: m.id, fits: false, why: "GPU limits too small for the runtime" }
  if (m.needsShaderF16 && !hasF16) return { id: m.id, fits: false, why: "needs shader-f16, which this GPU lacks; pick a q4f32 variant" }
  const binding = gpu.limits.maxStorageBufferBindingSize
  if (m.bufferSizeRequiredBytes !== undefined && binding !== undefined && binding < m.bufferSizeRequiredBytes) {
    return {
      id: m.id,
      fits: false,
      why: `needs a ${Math.ceil(m.bufferSizeRequiredBytes / MB)} MB storage binding; this GPU allows ${Math.floor(binding / MB)} MB`
    }
  }
  if (m.vramMB !== undefined && budget !== undefined && m.vramMB > budget) {
    return { id: m.id, fits: false, why: `needs about ${Math.ceil(m.vramMB)} MB of GPU memory; the budget is ${budget} MB` }
  }
  const memory = m.vramMB === undefined ? "GPU memory need unknown" : `needs about ${Math.ceil(m.vramMB)} MB of GPU memory`
  return { id: m.id, fits: true, why: `fits (${memory}${budget === undefined ? "; the browser does not report how much this GPU has" : ""})` }
}

function formatLimit(key: keyof RequiredLimits, value: number): string {
  return key === "maxBufferSize" || key === "maxStorageBufferBindingSize"
    ? `${Math.floor(value / MB)} MB`
    : key === "maxComputeWorkgroupStorageSize"
      ? `${Math.floor(value / 1024)} KB`
      : String(value)
}

function adapterName(gpu: GpuAdapterDescription): string {
  const name = [gpu.info?.vendor, gpu.info?.architecture, gpu.info?.description]
    .filter(Boolean)
    .join(" ")
    .replace(/[^\w .,()-]/g, "")
    .trim()
  return name ? ` (${name.slice(0, 60)})` : ""
}
