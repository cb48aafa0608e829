// onnxruntime-web preview worker, loaded as a native ES module (copied into the build, not bundled):
// Parcel rewrites onnxruntime-web's dynamic import() of its wasm glue into its own require, which fails in
// the popup, so the runtime is imported here directly from the copied dist files.
import * as ort from "./ort.wasm.bundle.min.mjs"

ort.env.wasm.numThreads = 1
let session = null

self.onmessage = async (event) => {
  const { id, modelUrl, feeds } = event.data
  try {
    let sessionMs
    if (!session) {
      const t = performance.now()
      session = await ort.InferenceSession.create(modelUrl, { executionProviders: ["wasm"] })
      sessionMs = performance.now() - t
    }
    const inputs = {}
    for (const [name, f] of Object.entries(feeds)) inputs[name] = new ort.Tensor("int32", f.data, f.dims)
    const started = performance.now()
    const out = await session.run(inputs)
    const ms = performance.now() - started
    self.postMessage({ id, ok: true, pixels: Uint8Array.from(out.pixels.data), ms, sessionMs })
  } catch (error) {
    self.postMessage({ id, ok: false, message: String(error?.message ? error.message : error) })
  }
}
