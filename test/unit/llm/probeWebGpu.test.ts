import { describe, expect, it } from "vitest"
import { probeWebGpu, type GpuLike } from "../../../background/llm/probeWebGpu"

const adapter = (over: Record<string, unknown> = {}) => ({
  features: new Set(["subgroups", "shader-f16"]),
  limits: {
    maxBufferSize: 1024,
    maxStorageBufferBindingSize: 512,
    maxComputeWorkgroupStorageSize: 32768,
    maxStorageBuffersPerShaderStage: 10,
    maxComputeInvocationsPerWorkgroup: 256,
    maxTextureDimension2D: 8192
  },
  info: { vendor: "google", architecture: "swiftshader", device: "", description: "", isFallbackAdapter: true },
  ...over
})

describe("probeWebGpu", () => {
  it("reads features, the limits web-llm needs and the fallback flag from adapter.info (Chromium 156)", async () => {
    const gpu: GpuLike = { requestAdapter: async () => adapter() }
    expect(await probeWebGpu(gpu)).toEqual({
      available: true,
      isFallbackAdapter: true,
      features: ["shader-f16", "subgroups"],
      limits: {
        maxBufferSize: 1024,
        maxStorageBufferBindingSize: 512,
        maxComputeWorkgroupStorageSize: 32768,
        maxStorageBuffersPerShaderStage: 10,
        maxComputeInvocationsPerWorkgroup: 256
      },
      info: { vendor: "google", architecture: "swiftshader", device: "", description: "" }
    })
  })

  it("reads the older adapter.isFallbackAdapter too", async () => {
    const gpu: GpuLike = { requestAdapter: async () => adapter({ info: undefined, isFallbackAdapter: true }) }
    expect((await probeWebGpu(gpu)).isFallbackAdapter).toBe(true)
  })

  it("reports each way of having no adapter, without throwing", async () => {
    expect(await probeWebGpu(undefined)).toMatchObject({ available: false, unavailableReason: expect.stringMatching(/navigator.gpu is undefined/) })
    expect(await probeWebGpu({ requestAdapter: async () => null })).toMatchObject({
      available: false,
      unavailableReason: expect.stringMatching(/returned no adapter/)
    })
    expect(await probeWebGpu({ requestAdapter: async () => Promise.reject(new Error("GPU process crashed")) })).toMatchObject({
      available: false,
      unavailableReason: "requestAdapter failed: GPU process crashed"
    })
  })
})
