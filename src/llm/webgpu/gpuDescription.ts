/** A plain, serialisable description of the WebGPU adapter (what `background/llm/probeWebGpu.ts` reads). */
export type GpuAdapterDescription = {
  /** False when `navigator.gpu` is missing or `requestAdapter()` returned null. */
  available: boolean
  /** Why no adapter, when `available` is false (e.g. "navigator.gpu is undefined"). */
  unavailableReason?: string
  /** True for a software adapter (SwiftShader and the like). */
  isFallbackAdapter?: boolean
  features: readonly string[]
  limits: Partial<GpuLimits>
  info?: { vendor?: string; architecture?: string; device?: string; description?: string }
  /** GPU memory budget in MB if known (user setting); WebGPU itself does not report it. */
  memoryBudgetMB?: number
}

export type GpuLimits = {
  maxBufferSize: number
  maxStorageBufferBindingSize: number
  maxComputeWorkgroupStorageSize: number
  maxStorageBuffersPerShaderStage: number
  maxComputeInvocationsPerWorkgroup: number
}

/**
 * The smallest limits web-llm accepts when it creates its device (its `detectGPUDevice` asks for 1 GiB
 * buffers and falls back to these, then fails): read from web-llm 0.2.86.
 */
export const WEBLLM_MIN_LIMITS: RequiredLimits = {
  maxBufferSize: 256 * 2 ** 20,
  maxStorageBufferBindingSize: 128 * 2 ** 20,
  maxComputeWorkgroupStorageSize: 32 * 1024,
  maxStorageBuffersPerShaderStage: 10
}

/** The limits web-llm fails on (threads per workgroup only lowers its request, it never fails). */
export type RequiredLimits = Omit<GpuLimits, "maxComputeInvocationsPerWorkgroup">
