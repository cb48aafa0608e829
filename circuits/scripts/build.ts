/**
 * Compiles circuits/src/<name>.circom (name: art, the default, or scene) with the npm circom2 compiler (wasm build of circom 2.2):
 *   circuits/build/art.r1cs, art.sym and the witness generator, copied to assets/zk/art.wasm.
 * Run: npm run circuit:build [-- scene]
 */
import { execFileSync } from "node:child_process"
import { copyFileSync, cpSync, mkdirSync, realpathSync } from "node:fs"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const out = root + "circuits/build"
mkdirSync(out, { recursive: true })
mkdirSync(root + "assets/zk", { recursive: true })
const name = process.argv[2] ?? "art"
if (!["art", "scene"].includes(name)) throw new Error(`unknown circuit ${name}: art or scene`)
const started = Date.now()
// circom2 cannot read "../" include paths, and (wasi) fails to open some includes through a symlinked
// node_modules (as in a git worktree): circomlib's circuits are copied under circuits/build/lib first.
cpSync(realpathSync(root + "node_modules/circomlib/circuits"), out + "/lib/circomlib/circuits", { recursive: true })
execFileSync("npx", ["circom2", `circuits/src/${name}.circom`, "--r1cs", "--wasm", "--sym", "--O2", "-l", "circuits/build/lib", "-o", out], { cwd: root, stdio: "inherit" })
copyFileSync(`${out}/${name}_js/${name}.wasm`, `${root}assets/zk/${name}.wasm`)
console.log(`circuit built in ${((Date.now() - started) / 1000).toFixed(1)} s → assets/zk/${name}.wasm, circuits/build/${name}.r1cs`)
