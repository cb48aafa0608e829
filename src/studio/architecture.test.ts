import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { ART_ARCHITECTURE_ID, ART_ARCHITECTURE_NAME, SCENE_ARCHITECTURE_ID, SCENE_ARCHITECTURE_NAME } from "../../scripts/lib/contracts"
import { ARCHITECTURES, ART_ARCHITECTURES, DEFAULT_ARCHITECTURE, architectureOf, isArtArchitecture } from "./architecture"

const ROOT = path.resolve(__dirname, "../..")

describe("Studio architectures", () => {
  it("use the registry ids and names the deploy script registers", () => {
    expect(ARCHITECTURES.art).toMatchObject({ registryId: ART_ARCHITECTURE_ID, name: ART_ARCHITECTURE_NAME })
    expect(ARCHITECTURES.scene).toMatchObject({ registryId: SCENE_ARCHITECTURE_ID, name: SCENE_ARCHITECTURE_NAME })
    expect(DEFAULT_ARCHITECTURE).toBe("scene")
  })

  it("name artifacts that exist and that the build copies", () => {
    const copier = readFileSync(path.join(ROOT, "scripts/lib/copyRuntimeAssets.mjs"), "utf8")
    for (const a of ART_ARCHITECTURES) {
      for (const f of [ARCHITECTURES[a].onnx, ARCHITECTURES[a].wasm, ARCHITECTURES[a].zkey, ARCHITECTURES[a].vkey]) {
        expect(existsSync(path.join(ROOT, f)), f).toBe(true)
        expect(copier, `copyRuntimeAssets copies ${f}`).toContain(path.basename(f))
      }
    }
  })

  it("reads stored data without the field as mamori-art-v1 and refuses unknown names", () => {
    expect(architectureOf({})).toBe("art")
    expect(architectureOf({ architecture: "scene" })).toBe("scene")
    expect(isArtArchitecture("scene")).toBe(true)
    expect(isArtArchitecture("Scene")).toBe(false)
    expect(isArtArchitecture(2)).toBe(false)
  })
})
