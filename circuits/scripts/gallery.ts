/** Writes docs/gallery/*.png (16 prompts, ×8 nearest-neighbour) and docs/gallery/README.md. */
import { mkdirSync, writeFileSync } from "node:fs"
import { generateArt } from "../../src/art/generate"
import { palette } from "../../src/art/palette"
import { renderPng } from "../../src/art/render"

export const GALLERY_PROMPTS = [
  "a quiet harbour at dawn",
  "neon koi in a midnight pond",
  "desert dunes under two moons",
  "autumn forest after rain",
  "a lighthouse in a storm",
  "cherry blossoms over a river",
  "the last train to the mountains",
  "coral reef in morning light",
  "a cathedral made of ice",
  "lavender fields in provence",
  "an owl reading by candlelight",
  "aurora over a frozen lake",
  "copper rooftops of an old city",
  "a garden on the moon",
  "rust and teal machinery",
  "hello world"
]

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
writeFileSync(dir + "README.md", lines.join("\n") + "\n")
console.log(`wrote ${GALLERY_PROMPTS.length} images to ${dir}`)
