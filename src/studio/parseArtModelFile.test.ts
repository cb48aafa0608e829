import { describe, expect, it } from "vitest"
import { modelCommitment } from "../art/commitment"
import { defaultSceneWeights, sceneModelCommitment } from "../art/scene/sceneModel"
import { defaultWeights } from "../art/weights"
import { parseArtModelFile } from "./parseArtModelFile"

describe("parseArtModelFile", () => {
  it("tells the architectures apart by their keys", () => {
    expect(parseArtModelFile(JSON.stringify(defaultSceneWeights()))).toMatchObject({ ok: true, architecture: "scene", commitment: sceneModelCommitment(defaultSceneWeights()) })
    expect(parseArtModelFile(JSON.stringify(defaultWeights))).toMatchObject({ ok: true, architecture: "art", commitment: modelCommitment(defaultWeights) })
  })
  it("reports the problems of the architecture the file looks like", () => {
    expect(parseArtModelFile(JSON.stringify({ rows: [] }))).toMatchObject({ ok: false, architecture: "scene" })
    expect(parseArtModelFile(JSON.stringify({ wr: [] }))).toMatchObject({ ok: false, architecture: "art" })
    expect(parseArtModelFile("not json")).toMatchObject({ ok: false, problems: [expect.stringMatching(/not JSON/)] })
    expect(parseArtModelFile("not json").architecture).toBeUndefined()
  })
})
