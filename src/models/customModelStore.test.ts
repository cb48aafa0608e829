import { describe, expect, it } from "vitest"
import { CustomModelInvalidError } from "../llm/errors"
import { buildCatalogue, findCatalogueModel } from "./catalogue"
import { CUSTOM_MODELS_KEY, CustomModelStore, memoryKeyValueStore } from "./customModelStore"
import type { CustomModelEntry } from "./customModelTypes"

const entry = (id: string, over: Partial<CustomModelEntry> = {}): CustomModelEntry => ({
  record: {
    model: `http://h/${id}`,
    model_id: id,
    model_lib: `http://h/${id}.wasm`,
    overrides: { context_window_size: 2048 },
    required_features: ["shader-f16"]
  },
  contextWindow: 2048,
  downloadBytes: 3 * 2 ** 20 + 1,
  addedAt: 1,
  ...over
})

describe("CustomModelStore", () => {
  it("persists, lists, replaces and removes entries through the key-value store", async () => {
    const kv = memoryKeyValueStore()
    const store = new CustomModelStore(kv)
    expect(await store.list()).toEqual([])
    await store.add(entry("a"))
    await store.add(entry("b"))
    // a second store over the same storage sees the same models (the popup and the worker share them)
    expect((await new CustomModelStore(kv).list()).map((e) => e.record.model_id)).toEqual(["a", "b"])
    await expect(store.add(entry("a"))).rejects.toBeInstanceOf(CustomModelInvalidError)
    await store.add(entry("a", { label: "renamed" }), { replace: true })
    expect((await store.get("a"))?.label).toBe("renamed")
    expect(await store.remove("a")).toBe(true)
    expect(await store.remove("a")).toBe(false)
    expect((await store.list()).map((e) => e.record.model_id)).toEqual(["b"])
  })

  it("skips malformed stored data instead of throwing", async () => {
    const kv = memoryKeyValueStore({ [CUSTOM_MODELS_KEY]: [null, { record: {} }, entry("ok"), "junk"] })
    expect((await new CustomModelStore(kv).list()).map((e) => e.record.model_id)).toEqual(["ok"])
    const notArray = memoryKeyValueStore({ [CUSTOM_MODELS_KEY]: { oops: true } })
    expect(await new CustomModelStore(notArray).list()).toEqual([])
  })

  it("refuses to store something that is not a validated entry", async () => {
    await expect(new CustomModelStore(memoryKeyValueStore()).add({} as CustomModelEntry)).rejects.toBeInstanceOf(CustomModelInvalidError)
  })
})

describe("buildCatalogue", () => {
  it("lists presets then custom models, with measured sizes for custom ones", () => {
    const catalogue = buildCatalogue([entry("mine", { label: "Mine" })])
    const mine = findCatalogueModel(catalogue, "mine")!
    expect(catalogue.at(-1)).toBe(mine)
    expect(mine).toMatchObject({ source: "custom", label: "Mine", downloadMB: (3 * 2 ** 20 + 1) / 2 ** 20, downloadIsEstimate: false, needsShaderF16: true, contextWindow: 2048 })
    expect(findCatalogueModel(catalogue, "Qwen2.5-0.5B-Instruct-q4f16_1-MLC")).toMatchObject({ source: "preset", downloadIsEstimate: true })
  })
})
