import type { CatalogueModel } from "../models/catalogue"
import type { AssessWebGpuReturnType, ModelFit } from "./webgpu/assessWebGpu"

/** The user's choice in the Models tab; "auto" lets Mamori pick per machine. */
export type EngineChoice = "auto" | "webgpu" | "cpu" | "templates"

export type PickLlmEngineParameters = {
  /** `assessWebGpu` over the WebGPU models only. */
  gpu: AssessWebGpuReturnType
  catalogue: readonly CatalogueModel[]
  choice?: EngineChoice
  /** Whether this browser runs WebAssembly (the CPU engine); true in every Chrome Mamori supports. */
  wasm?: boolean
}

export type PickLlmEngineReturnType = AssessWebGpuReturnType & {
  /** What writes explanations on this machine. */
  engine: "webgpu" | "cpu" | "templates"
  /** What the GPU check alone concluded (the GPU panel shows it). */
  gpuAssessment: AssessWebGpuReturnType
}

/**
 * Picks the engine per machine: WebGPU with web-llm when a real adapter can run a preset, else the CPU
 * engine (wllama) with the preferred CPU preset, else templates; the user's choice overrides. Returns the
 * assessment the model manager shows (fit per model, the recommended one, the reason in plain words).
 */
export function pickLlmEngine({ gpu, catalogue, choice = "auto", wasm = true }: PickLlmEngineParameters): PickLlmEngineReturnType {
  const cpuModels = catalogue.filter((m) => m.engine === "cpu")
  const cpuFits: ModelFit[] = cpuModels.map((m) => ({
    id: m.id,
    fits: wasm,
    why: wasm ? `runs on the CPU${m.memoryMB ? ` (needs about ${Math.ceil(m.memoryMB)} MB of memory)` : ""}; slower than a GPU` : "this browser has no WebAssembly"
  }))
  const perModel = [...gpu.perModel.filter((f) => !cpuModels.some((m) => m.id === f.id)), ...cpuFits]
  const base = { gpu: gpu.gpu, perModel, gpuAssessment: gpu }
  if (choice === "templates") return { ...base, engine: "templates", usable: false, reason: "You chose Mamori's templates for explanations: no local model runs." }
  if ((choice === "auto" && gpu.usable) || choice === "webgpu") return { ...gpu, ...base, engine: gpu.usable ? "webgpu" : "templates" }
  const picked = cpuModels.filter((m) => m.source === "preset").sort((a, b) => a.preference - b.preference)[0]
  if (!wasm || !picked) return { ...base, engine: "templates", usable: false, reason: `${gpu.reason} No CPU model is available either.` }
  const why =
    choice === "cpu"
      ? "You chose the CPU engine"
      : gpu.gpu === "hardware"
        ? "The GPU cannot run a model"
        : gpu.gpu === "software"
          ? "Only a software GPU is available"
          : "No WebGPU here"
  return {
    ...base,
    engine: "cpu",
    usable: true,
    pickedModelId: picked.id,
    reason: `${why}, so the CPU engine (llama.cpp in WebAssembly) runs ${picked.label} instead: no GPU needed, slower (${picked.speedText ?? "speed unknown"}).`
  }
}
