import { StudioError } from "./errors"
import { type DecodedToken, decodeTokenUri } from "./decodeTokenUri"

/** A scene token's metadata: the proven scene word and the SVG its renderer wrote on-chain. */
export type DecodedSceneToken = {
  name: string
  description: string
  prompt: string
  model: string
  modelCommitment: string
  /** The proven scene word (the metadata's aigc_data, hex). */
  scene: bigint
  /** The on-chain SVG, decoded from the image data URI. */
  svg: string
  image: string
}

/** Any Studio token, by the architecture that made it. */
export type StudioToken = { architecture: "art"; token: DecodedToken } | { architecture: "scene"; token: DecodedSceneToken }

const bad = (what: string) => new StudioError(`The token's metadata cannot be read: ${what}.`, { code: "studio/bad-token-uri" })

function base64Text(b64: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))
  } catch {
    throw bad("bad base64")
  }
}

/**
 * Decodes a MamoriArt tokenURI of either architecture: mamori-art-v1 tokens carry a BMP in aigc_data, scene
 * tokens the scene word (hex) and an SVG image drawn by SceneRenderer.
 */
export function decodeStudioToken(uri: string): StudioToken {
  const prefix = "data:application/json;base64,"
  if (typeof uri !== "string" || !uri.startsWith(prefix)) throw bad("not a data:application/json URI")
  let meta: Record<string, unknown>
  try {
    meta = JSON.parse(base64Text(uri.slice(prefix.length))) as Record<string, unknown>
  } catch (error) {
    if (error instanceof StudioError) throw error
    throw bad("the JSON does not parse")
  }
  const str = (k: string) => (typeof meta[k] === "string" ? (meta[k] as string) : "")
  if (str("aigc_data").startsWith("data:image/bmp")) return { architecture: "art", token: decodeTokenUri(uri) }
  if (!/^0x[0-9a-fA-F]{1,64}$/.test(str("aigc_data"))) throw bad("aigc_data is neither a bitmap nor a scene word")
  const svgPrefix = "data:image/svg+xml;base64,"
  if (!str("image").startsWith(svgPrefix)) throw bad("the image is not an SVG data URI")
  return {
    architecture: "scene",
    token: {
      name: str("name"),
      description: str("description"),
      prompt: str("prompt"),
      model: str("model"),
      modelCommitment: str("model_commitment"),
      scene: BigInt(str("aigc_data")),
      svg: base64Text(str("image").slice(svgPrefix.length)),
      image: str("image")
    }
  }
}
