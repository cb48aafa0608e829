// Copies the files the extension loads at run time by URL (not through imports) into the build:
// the zk artifacts and the prover worker (bundled here, see bundleProverWorker.mjs), the ONNX models of both art architectures, onnxruntime-web's wasm backend (popup preview),
// and the deployment records (Studio defaults).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs"
import path from "node:path"

import { bundleProverWorker } from "./bundleProverWorker.mjs"

/** @param {string} root repository root @param {string} out build directory */
export async function copyRuntimeAssets(root, out) {
  const copy = (from, to) => {
    if (!existsSync(from)) return false
    mkdirSync(path.dirname(to), { recursive: true })
    copyFileSync(from, to)
    return true
  }
  const missing = []
  // Both architectures (src/studio/architecture.ts names the same files; its test checks this list).
  for (const f of ["art.wasm", "art_final.zkey", "verification_key.json", "scene.wasm", "scene_final.zkey", "scene_verification_key.json"])
    if (!copy(path.join(root, "assets/zk", f), path.join(out, "assets/zk", f))) missing.push(`assets/zk/${f}`)
  for (const f of ["art.onnx", "scene.onnx"]) if (!copy(path.join(root, "assets/art", f), path.join(out, "assets/art", f))) missing.push(`assets/art/${f}`)
  const ortDist = path.join(root, "node_modules/onnxruntime-web/dist")
  // The popup's preview worker imports onnxruntime-web natively (see popup/components/studio/static).
  for (const f of ["ort.wasm.bundle.min.mjs", "ort-wasm-simd-threaded.wasm"]) if (!copy(path.join(ortDist, f), path.join(out, "ort", f))) missing.push(`onnxruntime-web/dist/${f}`)
  copy(path.join(root, "popup/components/studio/static/ortPreviewWorker.mjs"), path.join(out, "ort", "ortPreviewWorker.mjs"))
  // The offscreen document's prover worker: the same bundle the tests and the zk benchmark load.
  await bundleProverWorker(root, path.join(out, "zk", "proverWorker.js"))
  // The CPU language model (wllama, in the offscreen document) loads its wasm by URL.
  if (!copy(path.join(root, "node_modules/@wllama/wllama/esm/wasm/wllama.wasm"), path.join(out, "wllama", "wllama.wasm"))) missing.push("@wllama/wllama/esm/wasm/wllama.wasm")
  const deployments = path.join(root, "assets/deployments")
  if (existsSync(deployments)) for (const f of readdirSync(deployments)) if (f.endsWith(".json")) copy(path.join(deployments, f), path.join(out, "assets/deployments", f))
  if (missing.length) console.warn(`copyRuntimeAssets: missing ${missing.join(", ")} (the Studio cannot prove or preview without them)`)
  return missing
}
