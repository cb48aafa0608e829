import { describe, expect, it } from "vitest"
import type { LlmProgress } from "./engine"
import { EngineDouble } from "./engineDouble"
import { FileMissingError, LlmAbortedError, ModelNotLoadedError } from "./errors"

describe("EngineDouble", () => {
  it("reports config, download and ready progress, then is loaded", async () => {
    const engine = new EngineDouble({ downloadBytes: 1000, downloadSteps: 4 })
    const events: LlmProgress[] = []
    await engine.load({ modelId: "m1" }, { onProgress: (p) => events.push(p) })
    expect(events.map((e) => e.phase)).toEqual(["config", "download", "download", "download", "download", "ready"])
    expect(events.filter((e) => e.phase === "download").map((e) => e.loaded)).toEqual([250, 500, 750, 1000])
    expect(events.every((e) => e.fraction >= 0 && e.fraction <= 1)).toBe(true)
    expect(engine.isLoaded()).toBe(true)
    expect(engine.loadedModelId()).toBe("m1")
  })

  it("does not reload the model already loaded", async () => {
    const engine = new EngineDouble()
    await engine.load("m1")
    await engine.load("m1")
    expect(engine.loadCount).toBe(1)
    await engine.load("m2")
    expect(engine.loadCount).toBe(2)
  })

  it("fails loads and generations on demand, with typed errors", async () => {
    const engine = new EngineDouble({ failLoadWith: new FileMissingError("http://x/tensor-cache.json", 404) })
    await expect(engine.load("m1")).rejects.toMatchObject({ code: "llm/file-missing" })
    expect(engine.isLoaded()).toBe(false)
    await expect(async () => {
      for await (const _ of engine.complete([{ role: "user", content: "hi" }])) void _
    }).rejects.toBeInstanceOf(ModelNotLoadedError)
  })

  it("aborts a load", async () => {
    const engine = new EngineDouble({ delayMs: 5 })
    const controller = new AbortController()
    const pending = engine.load("m1", { signal: controller.signal, onProgress: () => controller.abort() })
    await expect(pending).rejects.toBeInstanceOf(LlmAbortedError)
    expect(engine.isLoaded()).toBe(false)
  })

  it("streams the scripted reply in chunks", async () => {
    const engine = new EngineDouble({ reply: (msgs) => `echo:${msgs[0]!.content}`, chunkSize: 3 })
    await engine.load("m")
    const parts: string[] = []
    for await (const p of engine.complete([{ role: "user", content: "abcdef" }])) parts.push(p)
    expect(parts).toEqual(["ech", "o:a", "bcd", "ef"])
  })
})
