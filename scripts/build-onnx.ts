/** Writes assets/art/art.onnx (the art model as an int32 ONNX graph). Run: npm run art:onnx */
import { mkdirSync, writeFileSync } from "node:fs"
import { buildArtOnnx } from "../src/art/onnx/buildArtOnnx"

const dir = new URL("../assets/art/", import.meta.url).pathname
mkdirSync(dir, { recursive: true })
const bytes = buildArtOnnx()
writeFileSync(dir + "art.onnx", bytes)
console.log(`wrote assets/art/art.onnx (${bytes.length} bytes)`)
