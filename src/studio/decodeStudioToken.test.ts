import { describe, expect, it } from "vitest"
import { generateScene } from "../art/scene"
import { decodeStudioToken } from "./decodeStudioToken"

const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)))
const uri = (meta: Record<string, string>) => `data:application/json;base64,${b64(JSON.stringify(meta))}`

describe("decodeStudioToken", () => {
  it("reads a scene token: the scene word and the on-chain SVG", () => {
    const prompt = "a lighthouse in a storm at night, “quoted”"
    const art = generateScene(prompt)
    const t = decodeStudioToken(
      uri({
        name: "Mamori #abcd",
        description: "d",
        image: `data:image/svg+xml;base64,${b64(art.svg)}`,
        prompt,
        aigc_type: "image",
        aigc_data: `0x${art.scene.packed.toString(16).padStart(64, "0")}`,
        model: "Mamori scene",
        model_commitment: "0x01"
      })
    )
    expect(t.architecture).toBe("scene")
    if (t.architecture !== "scene") return
    expect(t.token).toMatchObject({ prompt, model: "Mamori scene", scene: art.scene.packed, svg: art.svg })
  })
  it("refuses metadata that is neither layout", () => {
    expect(() => decodeStudioToken(uri({ aigc_data: "zz", image: "data:image/svg+xml;base64," }))).toThrow(/neither a bitmap nor a scene word/)
    expect(() => decodeStudioToken(uri({ aigc_data: "0x12", image: "data:image/png;base64," }))).toThrow(/not an SVG/)
    expect(() => decodeStudioToken("data:text/plain,hi")).toThrow(/not a data:application\/json URI/)
  })
})
