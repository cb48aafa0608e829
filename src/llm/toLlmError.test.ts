import { describe, expect, it } from "vitest"
import { FileMissingError } from "./errors"
import { missingModelLibExports } from "./modelLib/checkModelLibExports"
import { parseWebLlmProgress } from "./progress/parseWebLlmProgress"
import { toLlmError } from "./toLlmError"

const named = (name: string, message: string) => Object.assign(new Error(message), { name })

describe("toLlmError", () => {
  it.each([
    [named("WebGPUNotAvailableError", "WebGPU is not supported in your current environment"), "llm/no-webgpu"],
    [new Error("Unable to find a compatible GPU. This issue might be because…"), "llm/no-webgpu"],
    [named("ShaderF16SupportError", "This model requires WebGPU extension shader-f16"), "llm/missing-feature"],
    [named("DeviceLostError", "The WebGPU device was lost while loading the model"), "llm/out-of-memory"],
    [new Error("Cannot initialize runtime because of requested maxStorageBufferBindingSize exceeds limit."), "llm/gpu-limits"],
    [named("AbortError", "The user aborted a request."), "llm/aborted"],
    [named("ModelNotFoundError", "Cannot find model record in appConfig for x"), "llm/unknown-model"],
    [named("LinkError", 'WebAssembly.instantiate(): Import #0 module="env" function="x": function import requires a callable'), "llm/model-lib-invalid"],
    [new TypeError("Failed to fetch"), "llm/model-unreachable"],
    [new Error("request (4224 tokens) exceeds the available context size (4096 tokens), try increasing it"), "llm/prompt-too-long"],
    [
      named("ContextWindowSizeExceededError", "Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096\nConsider…"),
      "llm/prompt-too-long"
    ],
    [new Error("something else\nwith a stack"), "llm/engine-failed"]
  ])("maps %s", (error, code) => {
    expect(toLlmError(error, { modelId: "m", modelLibUrl: "http://h/m.wasm" }).code).toBe(code)
  })

  it("says how long the prompt was and what the context holds, from llama.cpp's and web-llm's messages", () => {
    expect(toLlmError(new Error("llama.cpp stopped: request (4224 tokens) exceeds the available context size (4096 tokens), try increasing it"))).toMatchObject({
      code: "llm/prompt-too-long",
      promptTokens: 4224,
      contextTokens: 4096,
      shortMessage: "The prompt is too long for the model's context window (4224 tokens; the context holds 4096)."
    })
    expect(toLlmError(named("ContextWindowSizeExceededError", "Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096"))).toMatchObject(
      {
        promptTokens: 5000,
        contextTokens: 4096
      }
    )
  })

  it("keeps Mamori errors as they are, and the original as the cause", () => {
    const mine = new FileMissingError("http://h/x", 404)
    expect(toLlmError(mine)).toBe(mine)
    const original = new Error("weird")
    expect(toLlmError(original).cause).toBe(original)
    expect(toLlmError(original).shortMessage).toBe("The language model failed: weird")
  })
})

describe("parseWebLlmProgress", () => {
  it("reads web-llm's download, load and finish lines", () => {
    expect(
      parseWebLlmProgress({
        progress: 0.25,
        timeElapsed: 3,
        text: "Fetching param cache[3/12]: 100MB fetched. 25% completed, 3 secs elapsed. It can take a while…"
      })
    ).toEqual({
      phase: "download",
      loaded: 100 * 2 ** 20,
      total: 400 * 2 ** 20,
      fraction: 0.25,
      text: "Downloading weights: 100 MB (25%)"
    })
    expect(parseWebLlmProgress({ progress: 0.5, timeElapsed: 1, text: "Loading model from cache[6/12]: 200MB loaded. 50% completed, 1 secs elapsed." })).toMatchObject({
      phase: "load-gpu",
      loaded: 6,
      total: 12,
      fraction: 0.5
    })
    expect(parseWebLlmProgress({ progress: 0.1, timeElapsed: 1, text: "Loading GPU shader modules[5/50]: 10% completed" }).text).toBe("Preparing GPU shaders: 5 of 50")
    expect(parseWebLlmProgress({ progress: 1, timeElapsed: 9, text: "Finish loading on WebGPU - swiftshader" })).toMatchObject({ phase: "ready", fraction: 1 })
    expect(parseWebLlmProgress({ progress: NaN, timeElapsed: 0, text: "Something new" })).toMatchObject({
      phase: "load-gpu",
      fraction: 0,
      text: "Something new"
    })
  })
})

describe("missingModelLibExports", () => {
  it("finds an empty wasm module lacks TVM's functions", async () => {
    const empty = await WebAssembly.compile(Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))
    const names = WebAssembly.Module.exports(empty).map((e) => e.name)
    expect(missingModelLibExports(names)).toEqual(["memory", "TVMWasmAllocSpace", "TVMWasmFreeSpace", "TVMFFIFunctionCall", "TVMFFIFunctionGetGlobal"])
    expect(missingModelLibExports(["memory", "TVMWasmAllocSpace", "TVMWasmFreeSpace", "TVMFFIFunctionCall", "TVMFFIFunctionGetGlobal", "x"])).toEqual([])
  })
})
