// Bundles lib/proverWorker.ts into one classic worker script with esbuild. The extension build ships this
// output (zk/proverWorker.js) and the tests and benchmarks load the same output, so what is tested is
// what runs. esbuild takes snarkjs's browser build, which needs neither eval nor node polyfills (the
// extension's CSP allows 'self' and 'wasm-unsafe-eval' only).
import { build } from "esbuild"
import path from "node:path"

/** @param {string} root repository root @param {string} outfile where to write the worker */
export async function bundleProverWorker(root, outfile) {
  await build({
    entryPoints: [path.join(root, "lib/proverWorker.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    outfile,
    logLevel: "error"
  })
  return outfile
}
