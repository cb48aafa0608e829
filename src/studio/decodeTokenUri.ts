import { StudioError } from "./errors"

/** What the Studio shows of a token: its metadata and the image's palette indices as stored on-chain. */
export type DecodedToken = {
  name: string
  description: string
  prompt: string
  model: string
  modelCommitment: string
  /** 1024 palette indices, row-major from the top-left (the order the model and the preview use). */
  pixels: Uint8Array
  /** The 4 palette colours as [r, g, b]. */
  palette: [number, number, number][]
  /** The metadata's image (an SVG data URI wrapping the bitmap). */
  image: string
  /** The raw BMP of aigc_data. */
  bmp: Uint8Array
  /** "validity" (proven) or "fraud" (optimistic); empty for collections that do not say. */
  proofType: string
  /** "verified", or for an optimistic token "pending", "final" or "corrected"; empty when absent. */
  status: string
}

const bad = (what: string) => new StudioError(`The token's metadata cannot be read: ${what}.`, { code: "studio/bad-token-uri" })

function base64Bytes(b64: string): Uint8Array {
  let bin: string
  try {
    bin = atob(b64)
  } catch {
    throw bad("bad base64")
  }
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}

function dataUriBytes(uri: string, mime: string): Uint8Array {
  const prefix = `data:${mime};base64,`
  if (typeof uri !== "string" || !uri.startsWith(prefix)) throw bad(`not a ${mime} data URI`)
  return base64Bytes(uri.slice(prefix.length))
}

/**
 * Decodes a 32×32, 4-bit, 4-colour bottom-up BMP (the collection's aigc_data) into palette indices.
 * @returns The indices (top-left first) and the palette.
 */
export function decodeBmp4(bmp: Uint8Array): { pixels: Uint8Array; palette: [number, number, number][] } {
  const le32 = (o: number) => (bmp[o]! | (bmp[o + 1]! << 8) | (bmp[o + 2]! << 16) | (bmp[o + 3]! << 24)) >>> 0
  if (bmp.length < 54 || bmp[0] !== 0x42 || bmp[1] !== 0x4d) throw bad("aigc_data is not a BMP")
  const offset = le32(10)
  const width = le32(18)
  const height = le32(22)
  const bpp = bmp[28]! | (bmp[29]! << 8)
  if (width !== 32 || height !== 32 || bpp !== 4 || le32(30) !== 0) throw bad(`unexpected bitmap ${width}×${height}×${bpp}`)
  if (bmp.length < offset + 16 * 32) throw bad("truncated bitmap")
  const palette: [number, number, number][] = []
  for (let i = 0; i < 4; i++) palette.push([bmp[56 + 4 * i]!, bmp[55 + 4 * i]!, bmp[54 + 4 * i]!])
  const pixels = new Uint8Array(1024)
  for (let row = 0; row < 32; row++) {
    const y = 31 - row
    for (let x = 0; x < 32; x += 2) {
      const byte = bmp[offset + row * 16 + x / 2]!
      pixels[y * 32 + x] = byte >> 4
      pixels[y * 32 + x + 1] = byte & 15
    }
  }
  if (pixels.some((p) => p > 3)) throw bad("a pixel is outside the 4-colour palette")
  return { pixels, palette }
}

/**
 * Decodes a MamoriArt tokenURI (data:application/json;base64) into metadata and on-chain pixels.
 * @example const { pixels, prompt } = decodeTokenUri(await readToken(...).tokenURI)
 */
export function decodeTokenUri(uri: string): DecodedToken {
  let meta: Record<string, unknown>
  try {
    meta = JSON.parse(new TextDecoder().decode(dataUriBytes(uri, "application/json"))) as Record<string, unknown>
  } catch (error) {
    if (error instanceof StudioError) throw error
    throw bad("the JSON does not parse")
  }
  const str = (k: string) => (typeof meta[k] === "string" ? (meta[k] as string) : "")
  const bmp = dataUriBytes(str("aigc_data"), "image/bmp")
  const { pixels, palette } = decodeBmp4(bmp)
  return {
    name: str("name"),
    description: str("description"),
    prompt: str("prompt"),
    model: str("model"),
    modelCommitment: str("model_commitment"),
    image: str("image"),
    pixels,
    palette,
    bmp,
    proofType: str("proof_type"),
    status: str("status")
  }
}
