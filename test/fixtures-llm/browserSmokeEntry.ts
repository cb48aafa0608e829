/**
 * Runs in a plain Chromium page (bundled by browserSmoke.ts): drives the REAL web-llm adapter against fake
 * model directories served over local HTTP, and reports what happened at each step.
 */
import { assessWebGpu } from "../../src/llm/webgpu/assessWebGpu"
import { buildCatalogue } from "../../src/models/catalogue"
import type { CustomModelEntry } from "../../src/models/customModelTypes"
import { validateCustomModel } from "../../src/models/validateCustomModel"
import { probeWebGpu } from "../../background/llm/probeWebGpu"
import { WebLlmEngine } from "../../background/llm/webLlmEngine"

type Step = { step: string; ok: boolean; detail: string }

async function run(origin: string, unreachableOrigin: string): Promise<Step[]> {
  const steps: Step[] = []
  const record = (step: string, ok: boolean, detail: string) => steps.push({ step, ok, detail })
  const errorOf = async (work: () => Promise<unknown>) => {
    try {
      await work()
      return undefined
    } catch (error) {
      const e = error as { code?: string; shortMessage?: string; message?: string }
      return { code: e.code ?? "none", message: e.shortMessage ?? e.message ?? String(error) }
    }
  }

  const gpu = await probeWebGpu()
  const assessment = assessWebGpu(gpu, buildCatalogue())
  record(
    "probe",
    true,
    JSON.stringify({
      available: gpu.available,
      fallback: gpu.isFallbackAdapter,
      f16: gpu.features.includes("shader-f16"),
      usable: assessment.usable,
      reason: assessment.reason
    })
  )
  const entries: CustomModelEntry[] = []
  const add = (name: string, id = `custom-${name}`) => ({
    record: { model: `${origin}/${name}`, model_id: id, model_lib: `${origin}/libs/${name}.wasm`, overrides: { context_window_size: 2048 } },
    contextWindow: 2048,
    addedAt: 0
  })
  const good = await validateCustomModel(
    { id: "custom-good", modelUrl: `${origin}/good`, modelLibUrl: `${origin}/libs/good.wasm`, contextWindow: 2048 },
    { fetch: (u, i) => fetch(u, i) }
  )
  if (!gpu.available) {
    entries.push(good)
    const e = await errorOf(() => new WebLlmEngine({ customModels: async () => entries }).load("custom-good"))
    record("load without an adapter fails before downloading", e?.code === "llm/no-webgpu", JSON.stringify(e))
    return steps
  }
  entries.push(good, add("missing-shard"), add("bad-json"), add("bad-lib"), {
    ...add("good", "custom-unreachable"),
    record: { ...add("good").record, model_id: "custom-unreachable", model: `${unreachableOrigin}/good` }
  })
  record("validate good model in the browser", true, good.checks.join("; "))

  const strict = await errorOf(() => new WebLlmEngine({ customModels: async () => entries }).load("custom-good"))
  record("load on the software adapter is refused by default", strict?.code === (gpu.isFallbackAdapter ? "llm/fallback-adapter" : "llm/model-lib-invalid"), JSON.stringify(strict))
  const engine = new WebLlmEngine({ customModels: async () => entries, allowFallbackAdapter: true })
  let progressEvents = 0
  let last = ""
  const downloaded = await engine.download("custom-good", {
    onProgress: (p) => {
      progressEvents++
      last = `${p.phase} ${p.loaded}/${p.total} ${p.text}`
    }
  })
  const downloadRequests = performance
    .getEntriesByType("resource")
    .filter((e) => e.name.includes("/good/resolve/main/params_shard_") && (e as PerformanceResourceTiming).initiatorType === "fetch").length
  record(
    "download with progress",
    progressEvents > 4 && downloaded.filesFetched > 0 && downloadRequests >= 4,
    `${progressEvents} events, last: ${last}; ${JSON.stringify(downloaded)}; ${downloadRequests} shard fetches seen by resource timing`
  )
  const cached = await engine.isCached("custom-good")
  record("web-llm hasModelInCache after download", cached === true, String(cached))
  const keys = await (await caches.open("webllm/model")).keys()
  record("web-llm cache scope holds the shards", keys.length >= 4, keys.map((k) => k.url.replace(origin, "")).join(", "))

  const libError = await errorOf(() => engine.load("custom-good"))
  record("load: fake model library is rejected clearly", libError?.code === "llm/model-lib-invalid", JSON.stringify(libError))

  const raw = new WebLlmEngine({ customModels: async () => entries, checkModelLib: false, allowFallbackAdapter: true })
  const rawProgress: string[] = []
  const before = performance.now()
  const rawError = await errorOf(() => raw.load("custom-good", { onProgress: (p) => rawProgress.push(p.phase) }))
  const network = performance.getEntriesByType("resource").filter((e) => e.startTime >= before && e.name.startsWith(origin))
  record("web-llm's reload read config and library from the cache (no request)", network.length === 0, network.map((e) => e.name.replace(origin, "")).join(", ") || "0 requests")
  record(
    "load through web-llm's own reload (no lib check)",
    rawError?.code === "llm/model-lib-invalid",
    `${JSON.stringify(rawError)}; phases ${[...new Set(rawProgress)].join(",")}`
  )

  for (const [id, code] of [
    ["custom-missing-shard", "llm/file-missing"],
    ["custom-bad-json", "llm/config-invalid"],
    ["custom-bad-lib", "llm/model-lib-invalid"],
    ["custom-unreachable", "llm/model-unreachable"]
  ] as const) {
    const e = await errorOf(() => engine.load(id))
    record(`load ${id}`, e?.code === code, JSON.stringify(e))
  }

  await engine.deleteModel("custom-good")
  const after = await engine.isCached("custom-good")
  const left = [
    ...(await (await caches.open("webllm/model")).keys()),
    ...(await (await caches.open("webllm/config")).keys()),
    ...(await (await caches.open("webllm/wasm")).keys())
  ].filter((k) => k.url.includes("/good"))
  record(
    "delete removes the model from the cache",
    after === false && left.length === 0,
    `cached: ${after}; left: ${left.map((k) => k.url.replace(origin, "")).join(", ") || "nothing"}`
  )
  const before2 = performance.now()
  await engine.deleteModel("custom-unreachable") // never downloaded: must not fetch anything
  await engine.deleteModel("custom-missing-shard") // partly downloaded: deletes what is there, fetches nothing
  const fetched = performance.getEntriesByType("resource").filter((e) => e.startTime >= before2).length
  record("deleting a model never downloaded makes no request", fetched === 0, `${fetched} requests`)
  return steps
}

;(globalThis as unknown as { runSmoke: typeof run }).runSmoke = run
