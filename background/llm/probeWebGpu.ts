import type { GpuAdapterDescription } from "../../src/llm/webgpu/gpuDescription"

// Minimal structural WebGPU types: the project does not ship @webgpu/types, and these few fields are all
// the probe reads. (Real `navigator.gpu` objects satisfy them.)
type AdapterInfoLike = { vendor?: string; architecture?: string; device?: string; description?: string; isFallbackAdapter?: boolean }
type AdapterLike = { features: { values(): IterableIterator<string> }; limits: object; info?: AdapterInfoLike; isFallbackAdapter?: boolean }
export type GpuLike = { requestAdapter(options?: { powerPreference?: "low-power" | "high-performance" }): Promise<AdapterLike | null> }

/** The limits `assessWebGpu` reads (web-llm's device requirements). */
const LIMIT_KEYS = [
  "maxBufferSize",
  "maxStorageBufferBindingSize",
  "maxComputeWorkgroupStorageSize",
  "maxStorageBuffersPerShaderStage",
  "maxComputeInvocationsPerWorkgroup"
] as const

/**
 * Reads the WebGPU adapter into the plain description `assessWebGpu` takes. Never throws: no
 * `navigator.gpu`, a null adapter or a failing request all come back as `available: false` with the
 * reason. Works in extension pages, the offscreen document and the service worker.
 */
export async function probeWebGpu(
  gpu: GpuLike | undefined = (globalThis.navigator as (Navigator & { gpu?: GpuLike }) | undefined)?.gpu,
  powerPreference: "low-power" | "high-performance" = "high-performance"
): Promise<GpuAdapterDescription> {
  if (!gpu) return { available: false, unavailableReason: "navigator.gpu is undefined (WebGPU is off or unsupported in this browser)", features: [], limits: {} }
  let adapter: AdapterLike | null
  try {
    adapter = await gpu.requestAdapter({ powerPreference })
  } catch (error) {
    return { available: false, unavailableReason: `requestAdapter failed: ${(error as Error)?.message ?? String(error)}`, features: [], limits: {} }
  }
  if (!adapter) return { available: false, unavailableReason: "requestAdapter() returned no adapter (no usable GPU, or the GPU is blocklisted)", features: [], limits: {} }
  const limits: GpuAdapterDescription["limits"] = {}
  for (const key of LIMIT_KEYS) {
    const value = (adapter.limits as unknown as Record<string, number | undefined>)[key]
    if (typeof value === "number") limits[key] = value
  }
  // `info` replaced `requestAdapterInfo()`; `isFallbackAdapter` moved from the adapter to `info` in newer specs.
  const info = adapter.info
  const isFallbackAdapter = Boolean(adapter.isFallbackAdapter ?? info?.isFallbackAdapter ?? false)
  return {
    available: true,
    isFallbackAdapter,
    features: Array.from(adapter.features.values(), String).sort(),
    limits,
    info: info ? { vendor: info.vendor, architecture: info.architecture, device: info.device, description: info.description } : undefined
  }
}
