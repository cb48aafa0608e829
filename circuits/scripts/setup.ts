/**
 * DEVELOPMENT trusted setup for the art circuit (Groth16, BN254):
 *   1. powers of tau 2^15 (circuits/ptau/pot15_final.ptau) — generated ONCE with a fixed dev entropy and
 *      committed; this script only regenerates it when the file is missing (~11–15 min on 2 cores).
 *   2. groth16 setup + one dev contribution → assets/zk/art_final.zkey
 *   3. assets/zk/verification_key.json and contracts/verifiers/ArtVerifier.sol (contract Groth16Verifier).
 * PRODUCTION must replace step 1 with a public ceremony's ptau (e.g. the Hermez/Polygon perpetual
 * powers of tau, 2^15 or larger) and run a multi-party phase 2: the dev entropy below is public.
 * Run: npm run circuit:build && npm run circuit:setup
 * The scene architecture: npm run circuit:build -- scene && npm run circuit:setup -- scene → scene_final.zkey,
 * scene_verification_key.json and contracts/verifiers/SceneVerifier.sol (contract SceneGroth16Verifier), with
 * the same committed ptau (the circuit has under 2^15 constraints).
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const ptauDir = root + "circuits/ptau"
const ptau = ptauDir + "/pot15_final.ptau"
const name = process.argv[2] ?? "art"
if (!["art", "scene"].includes(name)) throw new Error(`unknown circuit ${name}: art or scene`)
const r1cs = root + `circuits/build/${name}.r1cs`
const DEV_ENTROPY = "mamori-dev-entropy-not-for-production"

function snarkjs(...args: string[]): void {
  execFileSync(root + "node_modules/.bin/snarkjs", args, { cwd: root, stdio: "inherit" })
}

if (!existsSync(r1cs)) throw new Error(`circuits/build/${name}.r1cs is missing: run \`npm run circuit:build -- ${name}\` first.`)
mkdirSync(root + "assets/zk", { recursive: true })
mkdirSync(root + "contracts/verifiers", { recursive: true })

if (!existsSync(ptau)) {
  console.log("No committed ptau: generating a DEV powers of tau 2^15 (slow; never do this in CI).")
  mkdirSync(ptauDir, { recursive: true })
  snarkjs("powersoftau", "new", "bn128", "15", ptauDir + "/pot15_0000.ptau")
  snarkjs("powersoftau", "contribute", ptauDir + "/pot15_0000.ptau", ptauDir + "/pot15_0001.ptau", "--name=mamori dev", `-e=${DEV_ENTROPY}`)
  snarkjs("powersoftau", "prepare", "phase2", ptauDir + "/pot15_0001.ptau", ptau)
  rmSync(ptauDir + "/pot15_0000.ptau")
  rmSync(ptauDir + "/pot15_0001.ptau")
}

const started = Date.now()
const zkey0 = root + `circuits/build/${name}_0000.zkey`
const zkey = root + `assets/zk/${name}_final.zkey`
snarkjs("groth16", "setup", r1cs, ptau, zkey0)
snarkjs("zkey", "contribute", zkey0, zkey, "--name=mamori dev phase2", name === "art" ? `-e=${DEV_ENTROPY}-phase2` : `-e=${DEV_ENTROPY}-phase2-${name}`)
rmSync(zkey0)
if (name === "art") {
  snarkjs("zkey", "export", "verificationkey", zkey, root + "assets/zk/verification_key.json")
  snarkjs("zkey", "export", "solidityverifier", zkey, root + "contracts/verifiers/ArtVerifier.sol")
} else {
  snarkjs("zkey", "export", "verificationkey", zkey, root + `assets/zk/${name}_verification_key.json`)
  const sol = root + "contracts/verifiers/SceneVerifier.sol"
  snarkjs("zkey", "export", "solidityverifier", zkey, sol)
  // Both verifiers are "Groth16Verifier" as exported; the artifacts are keyed by contract name.
  writeFileSync(sol, readFileSync(sol, "utf8").replace("contract Groth16Verifier", "contract SceneGroth16Verifier"))
}
console.log(`setup done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
