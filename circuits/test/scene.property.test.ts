/**
 * The scene circuit's witness equals the TypeScript reference on 200 random prompts (vocabulary words,
 * unknown words, punctuation, non-ASCII) with the default weights, and on random custom weights.
 */
import { describe, expect, it } from "vitest"
import { sceneCircuitInput } from "../../src/zk/sceneCircuitInput"
import { SCENE, computeWitnessOf } from "./helpers"
import { randomPrompt, randomWeights, rng } from "./scenePrompts"

describe("scene circuit = TypeScript reference", () => {
  it("on 200 random prompts (default weights)", { timeout: 300_000 }, async () => {
    const r = rng(18)
    for (let i = 0; i < 200; i++) {
      const prompt = randomPrompt(r)
      const { input, scene, modelCommitment, slots } = sceneCircuitInput(prompt)
      const w = await computeWitnessOf(SCENE, input)
      expect(w.signals.slice(1, 7), prompt).toEqual([scene.packed, modelCommitment, ...slots])
    }
  })

  it("on 20 random custom weights (same circuit, other commitments)", { timeout: 120_000 }, async () => {
    const r = rng(7007)
    for (let i = 0; i < 20; i++) {
      const weights = randomWeights(r)
      const prompt = randomPrompt(r)
      const { input, scene, modelCommitment } = sceneCircuitInput(prompt, weights)
      const w = await computeWitnessOf(SCENE, input)
      expect(w.signals.slice(1, 3), prompt).toEqual([scene.packed, modelCommitment])
    }
  })
})
