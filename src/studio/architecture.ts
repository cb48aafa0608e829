/**
 * The Studio's art architectures: the one module that names them, their registry ids and the artifacts each
 * needs (ONNX preview, circuit, proving and verification keys). The deploy script registers the same ids
 * (scripts/lib/contracts.ts; architecture.test.ts fails when they drift).
 */
export const ART_ARCHITECTURES = ["scene", "art"] as const
export type ArtArchitecture = (typeof ART_ARCHITECTURES)[number]

/** New mints default to the prompt-following scene architecture; mamori-art-v1 stays selectable. */
export const DEFAULT_ARCHITECTURE: ArtArchitecture = "scene"

export type ArchitectureInfo = {
  /** The id the model registry knows the architecture by. */
  registryId: number
  /** The architecture's name in the commitment's domain tag and in the docs. */
  name: string
  /** What the popup's picker says. */
  label: string
  /** Paths inside the extension (copied by scripts/lib/copyRuntimeAssets.mjs). */
  onnx: string
  wasm: string
  zkey: string
  vkey: string
  /** Length in bytes of the architecture's aigcData (its first 32 bytes are always the model commitment). */
  aigcDataBytes: number
  /** The default model's name, as the deploy script registers it. */
  defaultModelName: string
}

export const ARCHITECTURES: Record<ArtArchitecture, ArchitectureInfo> = {
  scene: {
    registryId: 2,
    name: "mamori-scene-v1",
    label: "Scene — follows the prompt's words (SVG on-chain)",
    onnx: "assets/art/scene.onnx",
    wasm: "assets/zk/scene.wasm",
    zkey: "assets/zk/scene_final.zkey",
    vkey: "assets/zk/scene_verification_key.json",
    aigcDataBytes: 64,
    defaultModelName: "Mamori scene"
  },
  art: {
    registryId: 1,
    name: "mamori-art-v1",
    label: "Pixels — 32×32, four colours (the first architecture)",
    onnx: "assets/art/art.onnx",
    wasm: "assets/zk/art.wasm",
    zkey: "assets/zk/art_final.zkey",
    vkey: "assets/zk/verification_key.json",
    aigcDataBytes: 320,
    defaultModelName: "Mamori default"
  }
}

/** True for a known architecture name (requests and stored data are checked with it). */
export function isArtArchitecture(value: unknown): value is ArtArchitecture {
  return typeof value === "string" && (ART_ARCHITECTURES as readonly string[]).includes(value)
}

/** A stored job or model without the field predates the scene architecture: it is mamori-art-v1. */
export function architectureOf(x: { architecture?: ArtArchitecture }): ArtArchitecture {
  return x.architecture ?? "art"
}
