import { describe, expect, it } from "vitest"
import { assessWebGpu } from "../llm/webgpu/assessWebGpu"
import { buildCatalogue } from "./catalogue"
import { describeModels } from "./describeModels"

describe("describeModels", () => {
  it("gives each model its sizes, needs, fit, recommendation and state", () => {
    const catalogue = buildCatalogue([
      { record: { model: "http://h/m", model_id: "mine", model_lib: "http://h/m.wasm" }, contextWindow: 1024, downloadBytes: 5 * 2 ** 20, addedAt: 0 }
    ])
    const assessment = assessWebGpu({ available: true, isFallbackAdapter: false, features: [], limits: {} }, catalogue)
    const rows = describeModels({ catalogue, assessment, cachedIds: ["SmolLM2-360M-Instruct-q4f32_1-MLC"], loadedId: "Llama-3.2-1B-Instruct-q4f32_1-MLC" })
    const llama = rows.find((r) => r.id === "Llama-3.2-1B-Instruct-q4f32_1-MLC")!
    expect(llama).toMatchObject({
      recommended: true,
      state: "loaded",
      fits: true,
      downloadText: "about 740 MB download",
      memoryText: "needs about 1.1 GB of GPU memory",
      requirementsText: "no shader-f16 needed · 4096-token context"
    })
    expect(rows.find((r) => r.id === "SmolLM2-360M-Instruct-q4f32_1-MLC")!.state).toBe("cached")
    expect(rows.find((r) => r.id === "Qwen2.5-1.5B-Instruct-q4f16_1-MLC")).toMatchObject({
      fits: false,
      why: expect.stringMatching(/needs shader-f16/),
      recommended: false,
      state: "not-downloaded"
    })
    expect(rows.at(-1)).toMatchObject({
      id: "mine",
      source: "custom",
      downloadText: "5.0 MB download",
      memoryText: "GPU memory need unknown",
      requirementsText: "no shader-f16 needed · 1024-token context"
    })
    expect(rows.filter((r) => r.recommended)).toHaveLength(1)
  })
})
