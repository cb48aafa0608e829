import { describe, expect, it } from "vitest"
import { defaultSceneWeights, packScene, sceneOf, unpackScene } from "./sceneModel"
import { bitmapSlots, promptWords, slotBitmap, slotConcepts, wordSlot } from "./tokenize"
import { CONCEPTS, DIMS } from "./vocabulary"

describe("scene tokenizer and model", () => {
  it("splits on non-word bytes, lowercases ASCII, keeps non-ASCII runs", () => {
    const words = promptWords("A Lighthouse,in  the STORM! 港の灯台").map((w) => new TextDecoder().decode(w))
    expect(words).toEqual(["a", "lighthouse", "in", "the", "storm", "港の灯台"])
  })

  it("maps every vocabulary word to its own concept (no cross-concept slot collision under SLOT_SALT)", () => {
    const map = slotConcepts()
    CONCEPTS.forEach((c, k) => {
      for (const w of c.words) expect(map[wordSlot(w)]).toBe(k)
    })
  })

  it("a repeated word sets its slot once", () => {
    expect(bitmapSlots(slotBitmap("sea sea SEA"))).toEqual([wordSlot("sea")])
  })

  it("clamps continuous dims and thresholds flags; packing round-trips", () => {
    const s = sceneOf(slotBitmap("midnight night dark sea"), defaultSceneWeights())
    expect(s.params[DIMS.indexOf("light")]).toBe(0)
    expect(s.params[DIMS.indexOf("sea")]).toBe(1)
    expect(unpackScene(packScene(s.params))).toEqual(s.params)
  })
})
