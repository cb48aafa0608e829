import { describe, expect, it } from "vitest"
import { buildCatalogue } from "../../models/catalogue"
import type { CustomModelEntry } from "../../models/customModelTypes"
import { assessWebGpu } from "./assessWebGpu"
import type { GpuAdapterDescription } from "./gpuDescription"

const catalogue = buildCatalogue()
const GOOD_LIMITS = {
  maxBufferSize: 2 ** 31,
  maxStorageBufferBindingSize: 2 ** 30,
  maxComputeWorkgroupStorageSize: 32768,
  maxStorageBuffersPerShaderStage: 10,
  maxComputeInvocationsPerWorkgroup: 1024
}
const hardware = (over: Partial<GpuAdapterDescription> = {}): GpuAdapterDescription => ({
  available: true,
  isFallbackAdapter: false,
  features: ["shader-f16", "subgroups"],
  limits: GOOD_LIMITS,
  info: { vendor: "nvidia", architecture: "ampere" },
  ...over
})
// What Chromium 156's SwiftShader adapter reports here (headless, --enable-unsafe-webgpu): no shader-f16,
// `info.isFallbackAdapter: true`, 1 GiB buffers. (Feature list shortened.)
const swiftShader: GpuAdapterDescription = {
  available: true,
  isFallbackAdapter: true,
  features: ["float32-filterable", "subgroups", "timestamp-query"],
  limits: {
    maxBufferSize: 2 ** 30,
    maxStorageBufferBindingSize: 2 ** 30,
    maxComputeWorkgroupStorageSize: 32768,
    maxStorageBuffersPerShaderStage: 10,
    maxComputeInvocationsPerWorkgroup: 256
  },
  info: { vendor: "google", architecture: "swiftshader", device: "", description: "" }
}

describe("assessWebGpu", () => {
  it("says plainly that there is no WebGPU and what would turn it on", () => {
    const r = assessWebGpu({ available: false, unavailableReason: "navigator.gpu is undefined", features: [], limits: {} }, catalogue)
    expect(r.usable).toBe(false)
    expect(r.gpu).toBe("none")
    expect(r.reason).toMatch(/No WebGPU adapter \(navigator.gpu is undefined\).*templates.*hardware acceleration/)
    expect(r.pickedModelId).toBeUndefined()
    expect(r.perModel.every((m) => !m.fits)).toBe(true)
  })

  it("treats a fallback (software) adapter as no GPU for the default choice", () => {
    const r = assessWebGpu(swiftShader, catalogue)
    expect(r).toMatchObject({ usable: false, gpu: "software" })
    expect(r.reason).toMatch(/software WebGPU adapter is available \(google swiftshader\)/)
    expect(r.pickedModelId).toBeUndefined()
    expect(r.perModel.some((m) => m.fits)).toBe(true) // tests can still drive the engine through it
  })

  it("lets tests allow the fallback adapter", () => {
    const r = assessWebGpu(swiftShader, catalogue, { allowFallbackAdapter: true })
    expect(r.usable).toBe(true)
    expect(r.reason).toMatch(/allowed for testing.*without shader-f16/)
    expect(r.pickedModelId).toBe("Llama-3.2-1B-Instruct-q4f32_1-MLC")
  })

  it("picks the preferred preset within the assumed budget on a good GPU", () => {
    const r = assessWebGpu(hardware(), catalogue)
    expect(r.usable).toBe(true)
    // Llama 3.2 3B needs ~2264 MB > 2048 assumed, so the next preference wins
    expect(r.pickedModelId).toBe("Qwen2.5-1.5B-Instruct-q4f16_1-MLC")
    expect(r.reason).toMatch(/assuming about 2048 MB/)
  })

  it("uses a declared memory budget for both fit and pick", () => {
    expect(assessWebGpu(hardware({ memoryBudgetMB: 8192 }), catalogue).pickedModelId).toBe("Llama-3.2-3B-Instruct-q4f16_1-MLC")
    const small = assessWebGpu(hardware({ memoryBudgetMB: 600 }), catalogue)
    expect(small.pickedModelId).toBe("SmolLM2-360M-Instruct-q4f16_1-MLC")
    expect(small.perModel.find((m) => m.id === "Phi-3.5-mini-instruct-q4f16_1-MLC")).toMatchObject({
      fits: false,
      why: expect.stringMatching(/needs about 3673 MB.*budget is 600 MB/)
    })
    const tiny = assessWebGpu(hardware({ memoryBudgetMB: 100 }), catalogue)
    expect(tiny.usable).toBe(false)
    expect(tiny.reason).toMatch(/No model in the list fits this GPU within 100 MB/)
  })

  it("without shader-f16 picks a q4f32 model and says why f16 ones do not fit", () => {
    const r = assessWebGpu(hardware({ features: [] }), catalogue)
    expect(r.pickedModelId).toBe("Llama-3.2-1B-Instruct-q4f32_1-MLC")
    expect(r.perModel.find((m) => m.id === "Qwen2.5-1.5B-Instruct-q4f16_1-MLC")!.why).toMatch(/needs shader-f16/)
  })

  it("names the limits that are too small", () => {
    const r = assessWebGpu(hardware({ limits: { ...GOOD_LIMITS, maxStorageBufferBindingSize: 64 * 2 ** 20, maxStorageBuffersPerShaderStage: 8 } }), catalogue)
    expect(r.usable).toBe(false)
    expect(r.reason).toMatch(/largest storage binding 64 MB < 128 MB, storage buffers per shader 8 < 10/)
  })

  it("checks a custom model's storage binding need but never picks it by default", () => {
    const custom: CustomModelEntry = {
      record: { model: "http://h/m", model_id: "big-binding", model_lib: "http://h/m.wasm", buffer_size_required_bytes: 2 ** 31 },
      contextWindow: 2048,
      addedAt: 0
    }
    const r = assessWebGpu(hardware(), buildCatalogue([custom]))
    expect(r.perModel.find((m) => m.id === "big-binding")).toMatchObject({ fits: false, why: "needs a 2048 MB storage binding; this GPU allows 1024 MB" })
    expect(r.pickedModelId).not.toBe("big-binding")
  })

  it("keeps page-free but adapter-supplied names tidy", () => {
    const r = assessWebGpu({ ...swiftShader, info: { vendor: "evil\n<script>" } }, catalogue)
    expect(r.reason).not.toMatch(/[<>\n]/)
  })
})
