import { prebuiltAppConfig } from "@mlc-ai/web-llm"
import { describe, expect, it } from "vitest"
import { PRESETS } from "../../../src/models/presets"

/**
 * Keeps the curated presets in step with the installed web-llm's prebuilt list: every id exists there,
 * and the VRAM need, context window, low-resource flag and declared features match. Run after any
 * web-llm upgrade. (The core never imports web-llm; this test may.)
 */
describe("presets vs web-llm prebuiltAppConfig", () => {
  const byId = new Map(prebuiltAppConfig.model_list.map((r) => [r.model_id, r]))

  it("has about six small instruct models with unique ids", () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(6)
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length)
    expect(new Set(PRESETS.map((p) => p.preference)).size).toBe(PRESETS.length)
    for (const p of PRESETS) expect(p.id).toMatch(/Instruct|instruct/)
  })

  it.each(PRESETS.map((p) => [p.id, p] as const))("%s matches web-llm", (id, preset) => {
    const record = byId.get(id)
    expect(record, `${id} is not in web-llm's prebuilt list`).toBeDefined()
    expect(preset.vramMB).toBe(record!.vram_required_MB)
    expect(preset.contextWindow).toBe(record!.overrides?.context_window_size)
    expect(preset.lowResource).toBe(record!.low_resource_required ?? false)
    if (record!.required_features?.includes("shader-f16")) expect(preset.needsShaderF16).toBe(true)
    // f16 quantisations need shader-f16 even where the prebuilt record does not declare it
    expect(preset.needsShaderF16).toBe(/f16/.test(preset.quantization))
    expect(id).toContain(preset.quantization)
    expect(record!.model_lib).toMatch(/\.wasm$/)
    expect(record!.buffer_size_required_bytes).toBeUndefined() // else the catalogue must carry it
  })

  it("has plausible download estimates (4–5 bits per parameter)", () => {
    for (const p of PRESETS) {
      const bitsPerParam = (p.downloadMB * 2 ** 20 * 8) / (p.paramsB * 1e9)
      expect(bitsPerParam, p.id).toBeGreaterThan(4)
      expect(bitsPerParam, p.id).toBeLessThan(5.5)
    }
  })
})
