import { parseArtWeights } from "../art/parseArtWeights"
import { parseSceneWeights } from "../art/scene/parseSceneWeights"
import type { SceneWeights } from "../art/scene/sceneModel"
import type { ArtWeights } from "../art/weights"
import type { ArtArchitecture } from "./architecture"

export type ParsedArtModelFile =
  | { ok: true; architecture: "art"; weights: ArtWeights; commitment: bigint }
  | { ok: true; architecture: "scene"; weights: SceneWeights; commitment: bigint }
  | { ok: false; architecture?: ArtArchitecture; problems: string[] }

/**
 * A developer's weights file, for whichever architecture its keys name: `rows`/`bias` is mamori-scene-v1,
 * anything else is read as mamori-art-v1 (so its problems list says what that architecture expects).
 * Every problem comes back at once, one sentence each.
 */
export function parseArtModelFile(text: string): ParsedArtModelFile {
  let keys: string[] = []
  try {
    const data = JSON.parse(text) as unknown
    if (data && typeof data === "object" && !Array.isArray(data)) keys = Object.keys(data)
  } catch {
    // parseArtWeights reports the JSON error
  }
  if (keys.includes("rows") || keys.includes("bias")) {
    const scene = parseSceneWeights(text)
    return scene.ok ? { ok: true, architecture: "scene", weights: scene.weights, commitment: scene.commitment } : { ok: false, architecture: "scene", problems: scene.problems }
  }
  const art = parseArtWeights(text)
  if (art.ok) return { ok: true, architecture: "art", weights: art.weights, commitment: art.commitment }
  return { ok: false, ...(keys.length ? { architecture: "art" as const } : {}), problems: art.problems }
}
