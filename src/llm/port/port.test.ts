import { describe, expect, it } from "vitest"
import type { LlmEngine, LlmProgress } from "../engine"
import { EngineDouble } from "../engineDouble"
import { FileMissingError, LlmAbortedError } from "../errors"
import { collectText, explainAudit } from "../explain/explainAudit"
import { HOSTILE_DANGER_RESULT } from "../prompt/hostileInputs.test-data"
import { createLlmHost } from "./createLlmHost"
import { memoryPortPair } from "./memoryPortPair"
import { PortLlmClient } from "./PortLlmClient"
import { CONTENT_SCRIPT_LLM_REQUESTS, type PortLike } from "./protocol"

/** A host plus a client whose `connect` opens a fresh port each time; `kill()` drops it from the host's end (a stopped worker). */
function setup(engine = new EngineDouble({ reply: "Signing gives away your tokens. Reject it." })) {
  const busy: boolean[] = []
  const host = createLlmHost(engine, { onBusyChange: (b) => busy.push(b) })
  let hostEnd: PortLike | undefined
  let clientEnd: PortLike | undefined
  let connects = 0
  const client = new PortLlmClient(() => {
    const [clientSide, hostSide] = memoryPortPair()
    host.serve(hostSide)
    hostEnd = hostSide
    clientEnd = clientSide
    connects++
    return clientSide
  })
  return { engine, host, client, busy, kill: () => hostEnd?.disconnect(), closeClient: () => clientEnd?.disconnect(), connects: () => connects }
}

describe("LLM host and port client", () => {
  it("loads through the port with progress, then streams an explanation", async () => {
    const { engine, client, busy } = setup()
    const events: LlmProgress[] = []
    await client.load("m1", { onProgress: (p) => events.push(p) })
    expect(events.map((e) => e.phase)).toEqual(["config", "download", "download", "download", "download", "ready"])
    expect(client.isLoaded()).toBe(true)
    expect(client.loadedModelId()).toBe("m1")
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine: client })
    expect(await collectText(stream)).toBe("Signing gives away your tokens. Reject it.")
    expect(stream.source).toBe("llm")
    expect(engine.calls).toHaveLength(1)
    expect(busy).toEqual([true, false, true, false])
  })

  it("a content script's port may generate but not load, download or delete models", async () => {
    const engine = new EngineDouble({ reply: "Reject it." })
    await engine.load("m1")
    const host = createLlmHost(engine)
    const client = new PortLlmClient(() => {
      const [clientSide, hostSide] = memoryPortPair()
      host.serve(hostSide, { allow: CONTENT_SCRIPT_LLM_REQUESTS })
      return clientSide
    })
    expect((await client.refresh()).loadedModelId).toBe("m1")
    expect(await collectText(explainAudit(HOSTILE_DANGER_RESULT, { engine: client }))).toBe("Reject it.")
    await expect(client.load("m2")).rejects.toMatchObject({ code: "llm/forbidden" })
    await expect(client.unload()).rejects.toMatchObject({ code: "llm/forbidden" })
    expect(engine.loadedModelId()).toBe("m1")
  })

  it("carries typed errors across the port by code", async () => {
    const { client } = setup(new EngineDouble({ failLoadWith: new FileMissingError("http://h/m/resolve/main/tensor-cache.json", 404) }))
    const error = await client.load("m1").catch((e) => e)
    expect(error.code).toBe("llm/file-missing")
    expect(error.shortMessage).toBe("Missing file: http://h/m/resolve/main/tensor-cache.json (HTTP 404).")
    expect(client.isLoaded()).toBe(false)
  })

  it("aborts a generation on the host", async () => {
    const { engine, client } = setup(new EngineDouble({ reply: "word ".repeat(100), chunkSize: 5, delayMs: 2 }))
    await client.load("m")
    const controller = new AbortController()
    let got = 0
    await expect(
      (async () => {
        for await (const _ of client.complete([{ role: "user", content: "x" }], { signal: controller.signal })) {
          if (++got === 3) controller.abort()
        }
      })()
    ).rejects.toBeInstanceOf(LlmAbortedError)
    expect(got).toBeLessThan(100)
    expect(engine.calls).toHaveLength(1)
  })

  it("fails in-flight requests clearly when the host goes away, reconnects, and does not reload the model", async () => {
    const { engine, client, kill, connects } = setup(new EngineDouble({ reply: "a. ".repeat(50), chunkSize: 3, delayMs: 2 }))
    await client.load("m1")
    expect(engine.loadCount).toBe(1)
    const pending = collectText(client.complete([{ role: "user", content: "x" }]))
    await new Promise((r) => setTimeout(r, 5))
    kill() // the worker was stopped, or the port dropped
    const error = await pending.catch((e) => e)
    expect(error.code).toBe("llm/engine-failed")
    expect(error.shortMessage).toMatch(/model host stopped/)
    expect(client.isLoaded()).toBe(false) // unknown until the host answers again

    await client.refresh()
    expect(connects()).toBe(2)
    expect(client.loadedModelId()).toBe("m1") // the host kept the model
    await client.load("m1") // the UI asks again: answered at once
    expect(engine.loadCount).toBe(1)
    expect(await collectText(client.complete([{ role: "user", content: "y" }]))).toContain("a.")
  })

  it("keeps a load running when its client goes away, so the model is ready next time", async () => {
    const { engine, client, closeClient, connects } = setup(new EngineDouble({ delayMs: 5 }))
    void client.load("m1").catch(() => undefined)
    await new Promise((r) => setTimeout(r, 8))
    closeClient() // the popup closed mid-download
    await new Promise((r) => setTimeout(r, 60))
    expect(engine.loadedModelId()).toBe("m1")
    await client.refresh() // a dead port is noticed and reopened
    expect(connects()).toBe(2)
    expect(client.isLoaded()).toBe(true)
  })

  it("stops the host's generation when the consumer stops iterating", async () => {
    const engine = new EngineDouble({ reply: "b".repeat(400), chunkSize: 4, delayMs: 1 })
    const { client, host } = setup(engine)
    await client.load("m")
    for await (const _ of client.complete([{ role: "user", content: "x" }])) break
    await new Promise((r) => setTimeout(r, 30))
    expect(host.activeJobs()).toBe(0)
  })
})

describe("model manager over the port", () => {
  it("downloads in the host with progress, lists the cache, deletes", async () => {
    const { engine, client } = setup()
    const events: LlmProgress[] = []
    await client.download("m1", { onProgress: (p) => events.push(p) })
    expect(events.filter((e) => e.phase === "download").at(-1)).toMatchObject({ fraction: 1 })
    expect(await client.cachedModels(["m0", "m1", "m2"])).toEqual(["m1"])
    expect(await client.isCached("m1")).toBe(true)
    expect(engine.isLoaded()).toBe(false) // a download does not load
    await client.load("m1")
    await client.deleteModel("m1")
    expect(await client.isCached("m1")).toBe(false)
    expect(engine.isLoaded()).toBe(false)
    await client.refresh()
    expect(client.isLoaded()).toBe(false)
  })

  it("cancels a download", async () => {
    const { engine, client } = setup(new EngineDouble({ delayMs: 5, downloadSteps: 10 }))
    const controller = new AbortController()
    const error = await client.download("m1", { signal: controller.signal, onProgress: (p) => p.phase === "download" && controller.abort() }).catch((e) => e)
    expect(error).toBeInstanceOf(LlmAbortedError)
    expect(engine.cached.has("m1")).toBe(false)
  })

  it("says so when the host's engine has no model cache", async () => {
    const bare = new EngineDouble()
    const plain: LlmEngine = {
      kind: "plain",
      load: (r, o) => bare.load(r, o),
      unload: () => bare.unload(),
      isLoaded: () => bare.isLoaded(),
      loadedModelId: () => bare.loadedModelId(),
      complete: (m, o) => bare.complete(m, o)
    }
    const host = createLlmHost(plain)
    const client = new PortLlmClient(() => {
      const [c, h] = memoryPortPair()
      host.serve(h)
      return c
    })
    await expect(client.download("m")).rejects.toMatchObject({
      code: "llm/engine-failed",
      shortMessage: "The language model failed: the plain engine has no model cache to manage"
    })
  })
})
