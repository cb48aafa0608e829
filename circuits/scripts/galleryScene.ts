/**
 * docs/gallery/scene-vs-art.png: the gallery's 16 prompts drawn by both architectures side by side (left:
 * mamori-art-v1's 32×32 four-colour image, right: mamori-scene-v1's scene), 128 px each, and
 * docs/gallery/scenes/*.svg (the scene SVGs exactly as the chain renders them).
 * Run: npx tsx circuits/scripts/galleryScene.ts
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { generateArt } from "../../src/art/generate"
import { GALLERY_PROMPTS } from "./galleryPrompts"
import { palette } from "../../src/art/palette"
import { encodePng } from "../../src/art/png"
import { generateScene } from "../../src/art/scene"
import { rasterScene } from "../../src/art/scene/sceneRaster"

const root = fileURLToPath(new URL("../../", import.meta.url))
const S = 128
const W = 2 * S + 8
const rgba = new Uint8Array(W * S * GALLERY_PROMPTS.length * 4).fill(255)
mkdirSync(root + "docs/gallery/scenes", { recursive: true })
GALLERY_PROMPTS.forEach((prompt, row) => {
  const pixels = generateArt(prompt)
  const colours = palette(prompt)
  const scene = generateScene(prompt)
  const sceneRgb = rasterScene(scene.primitives, S)
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const o = ((row * S + y) * W + x) * 4
      const c = colours[pixels[Math.floor(y / 4) * 32 + Math.floor(x / 4)]!]!
      rgba.set([c[0]!, c[1]!, c[2]!, 255], o)
      const q = (y * S + x) * 3
      rgba.set([sceneRgb[q]!, sceneRgb[q + 1]!, sceneRgb[q + 2]!, 255], ((row * S + y) * W + S + 8 + x) * 4)
    }
  }
  writeFileSync(`${root}docs/gallery/scenes/${String(row + 1).padStart(2, "0")}.svg`, scene.svg)
})
writeFileSync(root + "docs/gallery/scene-vs-art.png", encodePng(rgba, W, S * GALLERY_PROMPTS.length))
console.log(`wrote docs/gallery/scene-vs-art.png (${GALLERY_PROMPTS.length} prompts) and docs/gallery/scenes/*.svg`)
