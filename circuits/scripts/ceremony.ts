/**
 * `npm run ceremony -- <step>`: a multi-party Groth16 phase 2 for the art circuit, one step per participant.
 *
 *   init                          groth16 setup from circuits/build/art.r1cs and the powers of tau → contribution 0
 *   contribute --name N [--entropy E]   adds a contribution (entropy: E, else 64 random bytes from the OS)
 *   beacon --hash HEX [--iterations 10] the closing contribution from a public random beacon (e.g. a future block hash)
 *   verify                        snarkjs zkey verify of the latest key against the r1cs and the ptau (slow: minutes)
 *   install                       copies the latest key to assets/zk/, exports verification_key.json and the verifier
 *
 * Each contribution's hash (BLAKE2b-512, snarkjs's format) is printed and appended to
 * circuits/ceremony/transcript.json with the key file's SHA-256; the keys themselves (~19 MB each) go to
 * circuits/ceremony/keys/ (not committed: participants pass the latest one along). MAMORI_CEREMONY_DIR overrides
 * the directory (the script's own smoke run uses a temporary one).
 */
import { createHash, randomBytes } from "node:crypto"
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import * as snarkjs from "snarkjs"

const ROOT = fileURLToPath(new URL("../../", import.meta.url))
const DIR = process.env.MAMORI_CEREMONY_DIR ?? path.join(ROOT, "circuits/ceremony")
const KEYS = path.join(DIR, "keys")
const TRANSCRIPT = path.join(DIR, "transcript.json")
const R1CS = path.join(ROOT, "circuits/build/art.r1cs")
const PTAU = path.join(ROOT, "circuits/ptau/pot15_final.ptau")

type Entry = {
  index: number
  kind: "init" | "contribution" | "beacon"
  name: string
  contributionHash?: string
  keySha256: string
  at: string
  beacon?: { hash: string; iterationsExp: number }
}

const transcript = (): Entry[] => (existsSync(TRANSCRIPT) ? (JSON.parse(readFileSync(TRANSCRIPT, "utf8")) as Entry[]) : [])
const keyPath = (index: number) => path.join(KEYS, `art_${String(index).padStart(4, "0")}.zkey`)
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex")
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("")
const quiet = { info() {}, warn() {}, debug() {}, error: (m: unknown) => console.error(m) }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

function record(entry: Omit<Entry, "at" | "keySha256">): void {
  const all = transcript()
  const full: Entry = { ...entry, keySha256: sha256(keyPath(entry.index)), at: new Date().toISOString() }
  writeFileSync(TRANSCRIPT, `${JSON.stringify([...all, full], null, 2)}\n`)
  console.log(`#${full.index} ${full.kind} "${full.name}"`)
  if (full.contributionHash) console.log(`contribution-hash: ${full.contributionHash}`)
  console.log(`key-sha256: ${full.keySha256}`)
}

function latest(): Entry {
  const last = transcript().at(-1)
  if (!last) throw new Error("No ceremony yet: run `npm run ceremony -- init` first.")
  if (!existsSync(keyPath(last.index))) throw new Error(`${keyPath(last.index)} is missing: get the latest key from the previous participant.`)
  if (sha256(keyPath(last.index)) !== last.keySha256)
    throw new Error(`${keyPath(last.index)} does not match the transcript's SHA-256: it is not the key the last participant made.`)
  return last
}

async function main(): Promise<void> {
  const step = process.argv[2]
  mkdirSync(KEYS, { recursive: true })
  if (step === "init") {
    if (transcript().length) throw new Error(`${TRANSCRIPT} already has a ceremony; remove it to start over.`)
    await snarkjs.zKey.newZKey(R1CS, PTAU, keyPath(0), quiet)
    record({ index: 0, kind: "init", name: `groth16 setup of ${path.relative(ROOT, R1CS)} over ${path.relative(ROOT, PTAU)} (sha256 ${sha256(PTAU).slice(0, 16)}…)` })
  } else if (step === "contribute") {
    const name = arg("name")
    if (!name) throw new Error("Pass --name: who contributes (it is recorded in the key and the transcript).")
    const prev = latest()
    // Without --entropy the OS CSPRNG supplies it, and it is never written anywhere: that is the toxic waste.
    const entropy = arg("entropy") ?? randomBytes(64).toString("hex")
    const hash = await snarkjs.zKey.contribute(keyPath(prev.index), keyPath(prev.index + 1), name, entropy, quiet)
    record({ index: prev.index + 1, kind: "contribution", name, contributionHash: hex(hash) })
  } else if (step === "beacon") {
    const beacon = arg("hash")
    const iterationsExp = Number(arg("iterations") ?? "10")
    if (!beacon || !/^[0-9a-fA-F]{64}$/.test(beacon.replace(/^0x/, ""))) throw new Error("Pass --hash: 32 bytes of hex from a public beacon fixed after the last contribution.")
    const prev = latest()
    const hash = await snarkjs.zKey.beacon(keyPath(prev.index), keyPath(prev.index + 1), "final beacon", beacon.replace(/^0x/, ""), iterationsExp, quiet)
    if (!hash) throw new Error("snarkjs refused the beacon (iterations must be 10..63).")
    record({ index: prev.index + 1, kind: "beacon", name: "final beacon", contributionHash: hex(hash), beacon: { hash: beacon, iterationsExp } })
  } else if (step === "verify") {
    const last = latest()
    const started = Date.now()
    const ok = await snarkjs.zKey.verifyFromR1cs(R1CS, PTAU, keyPath(last.index), quiet)
    console.log(`zkey-verify: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    if (!ok) process.exitCode = 1
  } else if (step === "install") {
    const last = latest()
    if (last.kind !== "beacon") throw new Error("Close the ceremony with a beacon before installing its key.")
    copyFileSync(keyPath(last.index), path.join(ROOT, "assets/zk/art_final.zkey"))
    writeFileSync(path.join(ROOT, "assets/zk/verification_key.json"), `${JSON.stringify(await snarkjs.zKey.exportVerificationKey(keyPath(last.index)), null, 1)}\n`)
    const template = readFileSync(path.join(ROOT, "node_modules/snarkjs/templates/verifier_groth16.sol.ejs"), "utf8")
    writeFileSync(path.join(ROOT, "contracts/verifiers/ArtVerifier.sol"), await snarkjs.zKey.exportSolidityVerifier(keyPath(last.index), { groth16: template }, quiet))
    console.log("Installed: assets/zk/art_final.zkey, verification_key.json, contracts/verifiers/ArtVerifier.sol. Run npm run compile:contracts and redeploy.")
  } else {
    throw new Error("Usage: npm run ceremony -- init | contribute --name N [--entropy E] | beacon --hash HEX [--iterations 10] | verify | install")
  }
}

// snarkjs keeps worker threads alive: exit explicitly.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
)
