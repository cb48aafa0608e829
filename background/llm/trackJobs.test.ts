import { describe, expect, it } from "vitest"

import { EngineDouble } from "../../src/llm/engineDouble"
import { trackJobs } from "./trackJobs"

describe("trackJobs", () => {
  it("records a running download with its progress, forgets it when done, and cancels it by model id", async () => {
    const inner = new EngineDouble({ reply: "ok", delayMs: 5 })
    const tracker = trackJobs(inner)
    const seen: number[] = []
    const download = tracker.engine.download("m1", { onProgress: (p) => seen.push(p.fraction) })
    expect(tracker.jobs()).toMatchObject([{ modelId: "m1", kind: "download" }])
    await download
    expect(seen.length).toBeGreaterThan(2)
    expect(tracker.jobs()).toEqual([])
    expect(tracker.cancel("m1")).toBe(false)
  })

  it("a cancel from another page aborts the job's signal", async () => {
    let aborted = false
    const inner = {
      kind: "fake",
      isLoaded: () => false,
      loadedModelId: () => undefined,
      unload: async () => undefined,
      complete: async function* () {},
      load: async () => undefined,
      isCached: async () => false,
      deleteModel: async () => undefined,
      download: (_id: string, { signal }: { signal?: AbortSignal } = {}) =>
        new Promise((_, reject) => signal?.addEventListener("abort", () => ((aborted = true), reject(new Error("cancelled")))))
    }
    const tracker = trackJobs(inner)
    const job = tracker.engine.download("big")
    expect(tracker.cancel("big")).toBe(true)
    await expect(job).rejects.toThrow("cancelled")
    expect(aborted).toBe(true)
    expect(tracker.jobs()).toEqual([])
  })
})
