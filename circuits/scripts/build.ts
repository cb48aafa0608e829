/**
 * Compiles circuits/src/art.circom with the npm circom2 compiler (wasm build of circom 2.2):
 *   circuits/build/art.r1cs, art.sym and the witness generator, copied to assets/zk/art.wasm.
 * Run: npm run circuit:build
 */
import { execFileSync } from "node:child_process"
import { copyFileSync, mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const out = root + "circuits/build"
mkdirSync(out, { recursive: true })
mkdirSync(root + "assets/zk", { recursive: true })
const started = Date.now()
// circom2 cannot read "../" include paths: circomlib is found through -l node_modules.
execFileSync("npx", ["circom2", "circuits/src/art.circom", "--r1cs", "--wasm", "--sym", "--O2", "-l", "node_modules", "-o", out], { cwd: root, stdio: "inherit" })
copyFileSync(out + "/art_js/art.wasm", root + "assets/zk/art.wasm")
console.log(`circuit built in ${((Date.now() - started) / 1000).toFixed(1)} s → assets/zk/art.wasm, circuits/build/art.r1cs`)
