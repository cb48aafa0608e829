/** Writes docs/gallery/*.png (16 prompts, ×8 nearest-neighbour) and docs/gallery/README.md. */
import { mkdirSync, writeFileSync } from "node:fs"
import { generateArt } from "../../src/art/generate"
import { palette } from "../../src/art/palette"
import { renderPng } from "../../src/art/render"
import { GALLERY_PROMPTS } from "./galleryPrompts"

export { GALLERY_PROMPTS }

const dir = new URL("../../docs/gallery/", import.meta.url).pathname
mkdirSync(dir, { recursive: true })
const lines = [
  "# Mamori art gallery",
  "",
  "Images of the default art model (`src/art/weights/default.json`): 32×32 pixels, 2-bit palette indices,",
  "shown ×8 with nearest-neighbour upscaling. Each image is exactly what the ONNX preview shows and what the",
  "zk proof commits to: per-row and per-column triangle-wave features (frequencies and phases from the prompt)",
  "mixed by a tiny integer network, multiplied per pixel, folded into colour bands and Bayer-dithered; the",
  "four colours come from the prompt's keccak hash. Regenerate with `npx tsx circuits/scripts/gallery.ts`.",
  "",
  "| # | prompt | image |",
  "|---|---|---|"
]
GALLERY_PROMPTS.forEach((prompt, i) => {
  const name = `${String(i + 1).padStart(2, "0")}-${prompt.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`
  writeFileSync(dir + name, renderPng(generateArt(prompt), palette(prompt), 8))
  lines.push(`| ${i + 1} | ${prompt} | ![${prompt}](./${name}) |`)
})
lines.push(
  "",
  "## Both architectures, side by side",
  "",
  "The same 16 prompts, left: `mamori-art-v1` (above, ×4), right: `mamori-scene-v1`, the prompt-following",
  "scene architecture (words → vocabulary slots → committed concept rows → a proven scene, drawn on-chain as",
  "SVG; rasterised here at 128 px). The SVGs exactly as `SceneRenderer.sol` writes them are in",
  "[`scenes/`](./scenes/). Regenerate with `npx tsx circuits/scripts/galleryScene.ts`.",
  "",
  "![both architectures](./scene-vs-art.png)"
)
writeFileSync(dir + "README.md", lines.join("\n") + "\n")
console.log(`wrote ${GALLERY_PROMPTS.length} images to ${dir}`)
