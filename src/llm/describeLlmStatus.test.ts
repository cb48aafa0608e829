import { describe, expect, it } from "vitest"
import { buildCatalogue } from "../models/catalogue"
import { describeLlmStatus } from "./describeLlmStatus"
import { OutOfMemoryError } from "./errors"
import { assessWebGpu } from "./webgpu/assessWebGpu"

const catalogue = buildCatalogue()
const gpu = { available: true, isFallbackAdapter: false, features: ["shader-f16"], limits: {} }
const good = assessWebGpu(gpu, catalogue)

describe("describeLlmStatus", () => {
  it("says when the model is on", () => {
    expect(describeLlmStatus({ assessment: good, catalogue, loadedModelId: "Qwen2.5-1.5B-Instruct-q4f16_1-MLC" })).toMatchObject({
      on: true,
      headline: "Local model on: Qwen2.5 1.5B."
    })
  })

  it("says why it is off and what would turn it on", () => {
    const none = describeLlmStatus({ assessment: assessWebGpu({ available: false, features: [], limits: {} }, catalogue), catalogue })
    expect(none).toMatchObject({ on: false, headline: "Local model off: no WebGPU." })
    expect(none.detail).toMatch(/hardware acceleration.*templates/)
    const software = describeLlmStatus({ assessment: assessWebGpu({ ...gpu, isFallbackAdapter: true }, catalogue), catalogue })
    expect(software.headline).toBe("Local model off: only a software GPU.")
    const notDownloaded = describeLlmStatus({ assessment: good, catalogue })
    expect(notDownloaded.headline).toBe("Local model off: no model downloaded yet.")
    expect(notDownloaded.detail).toMatch(/^Download Qwen2.5 1.5B \(about 890 MB, once\) in Models to turn it on\./)
    const failed = describeLlmStatus({ assessment: good, catalogue, lastError: new OutOfMemoryError() })
    expect(failed.detail).toMatch(/^The GPU ran out of memory/)
  })

  it("says a downloaded model loads when needed", () => {
    const ready = describeLlmStatus({ assessment: good, catalogue, cachedIds: ["Qwen2.5-1.5B-Instruct-q4f16_1-MLC"] })
    expect(ready).toMatchObject({ on: false, headline: "Local model ready to load." })
    expect(ready.detail).toMatch(/^Qwen2.5 1.5B is downloaded/)
  })
})
