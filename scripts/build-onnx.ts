/** Writes assets/art/art.onnx and assets/art/scene.onnx (the two art architectures as int32 ONNX graphs). Run: npm run art:onnx */
import { mkdirSync, writeFileSync } from "node:fs"
import { buildArtOnnx } from "../src/art/onnx/buildArtOnnx"
import { buildSceneOnnx } from "../src/art/onnx/buildSceneOnnx"

const dir = new URL("../assets/art/", import.meta.url).pathname
mkdirSync(dir, { recursive: true })
const bytes = buildArtOnnx()
writeFileSync(dir + "art.onnx", bytes)
console.log(`wrote assets/art/art.onnx (${bytes.length} bytes)`)
const scene = buildSceneOnnx()
writeFileSync(dir + "scene.onnx", scene)
console.log(`wrote assets/art/scene.onnx (${scene.length} bytes)`)
