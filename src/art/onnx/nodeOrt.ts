import * as ort from "onnxruntime-web"

/** Points onnxruntime-web's wasm backend at its dist/ folder when running in node (tests, scripts). */
export function configureOrtForNode(distUrl: string): void {
  ort.env.wasm.wasmPaths = distUrl
  ort.env.wasm.numThreads = 1
}
