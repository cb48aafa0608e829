// onnxruntime-web preview worker, loaded as a native ES module (copied into the build, not bundled):
// Parcel rewrites onnxruntime-web's dynamic import() of its wasm glue into its own require, which fails in
// the popup, so the runtime is imported here directly from the copied dist files.
import * as ort from "./ort.wasm.bundle.min.mjs"

ort.env.wasm.numThreads = 1
// One session per model (each art architecture has its own graph); kept while the popup is open.
const sessions = new Map()

self.onmessage = async (event) => {
  // output: the graph's output to return ("pixels" for mamori-art-v1, "params" for the scene architecture).
  const { id, modelUrl, feeds, output = "pixels" } = event.data
  try {
    let sessionMs
    let session = sessions.get(modelUrl)
    if (!session) {
      const t = performance.now()
      session = await ort.InferenceSession.create(modelUrl, { executionProviders: ["wasm"] })
      sessionMs = performance.now() - t
      sessions.set(modelUrl, session)
    }
    const inputs = {}
    for (const [name, f] of Object.entries(feeds)) inputs[name] = new ort.Tensor("int32", f.data, f.dims)
    const started = performance.now()
    const out = await session.run(inputs)
    const ms = performance.now() - started
    if (!out[output]) throw new Error(`the model has no output named ${output}`)
    self.postMessage({ id, ok: true, values: Int32Array.from(out[output].data), ms, sessionMs })
  } catch (error) {
    self.postMessage({ id, ok: false, message: String(error?.message ? error.message : error) })
  }
}
