import { describe, expect, it } from "vitest"
import { generateScene } from "."
import { sceneFromParams } from "./sceneFromParams"
import { unpackScene } from "./sceneModel"

describe("sceneFromParams", () => {
  it("draws the reference SVG from the params (as the preview and the renderer do)", () => {
    for (const prompt of ["a lighthouse in a storm at night", "lavender fields in provence", "港の灯り"]) {
      const art = generateScene(prompt)
      expect(sceneFromParams(prompt, art.scene.params)).toEqual({ packed: art.scene.packed, svg: art.svg })
      expect(sceneFromParams(prompt, unpackScene(art.scene.packed)).svg).toBe(art.svg)
    }
  })
  it("refuses params of the wrong count or range", () => {
    const params = generateScene("moon over the sea").scene.params
    expect(() => sceneFromParams("x", params.slice(1))).toThrow(/has 28 params/)
    expect(() => sceneFromParams("x", [9, ...params.slice(1)])).toThrow(/outside its range/)
  })
})
