import { describe, expect, it } from "vitest"

import { EngineDouble } from "./engineDouble"
import { UnknownModelError } from "./errors"
import { routeEngines } from "./routeEngines"

describe("routeEngines", () => {
  const make = () => {
    const gpu = new EngineDouble({ reply: "from the gpu" })
    const cpu = new EngineDouble({ reply: "from the cpu" })
    const engine = routeEngines({
      engines: { webgpu: gpu, cpu },
      engineOf: async (id) => {
        if (id.startsWith("gpu")) return "webgpu" as const
        if (id.startsWith("cpu")) return "cpu" as const
        throw new UnknownModelError(id)
      }
    })
    return { gpu, cpu, engine }
  }

  it("loads on the engine that runs the model, generates there, and unloads the other first", async () => {
    const { gpu, cpu, engine } = make()
    expect(engine.isLoaded()).toBe(false)
    expect(() => engine.complete([{ role: "user", content: "hi" }])).toThrow(/No language model is loaded/)
    await engine.load("cpu-model")
    expect([engine.loadedModelId(), cpu.isLoaded(), gpu.isLoaded()]).toEqual(["cpu-model", true, false])
    let text = ""
    for await (const t of engine.complete([{ role: "user", content: "hi" }])) text += t
    expect(text).toBe("from the cpu")
    await engine.load("gpu-model")
    expect([cpu.isLoaded(), gpu.isLoaded(), engine.loadedModelId()]).toEqual([false, true, "gpu-model"])
    await engine.unload()
    expect(engine.isLoaded()).toBe(false)
  })

  it("sends cache operations to the model's engine and refuses unknown ids", async () => {
    const { engine } = make()
    await engine.download("cpu-model")
    expect(await engine.isCached("cpu-model")).toBe(true)
    expect(await engine.isCached("gpu-model")).toBe(false)
    await engine.deleteModel("cpu-model")
    expect(await engine.isCached("cpu-model")).toBe(false)
    await expect(engine.load("nope")).rejects.toMatchObject({ code: "llm/unknown-model" })
  })
})
