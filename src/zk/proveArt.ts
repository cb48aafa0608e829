import * as snarkjs from "snarkjs"
import type { ArtifactSource, Groth16Proof } from "snarkjs"
import { defaultWeights, type ArtWeights } from "../art/weights"
import { artCircuitInput } from "./artCircuitInput"
import { ZkProveError } from "./errors"
import { proofToSolidity, type SolidityProof } from "./proofToSolidity"

export type ProveArtStage = "reference" | "witness+prove" | "done"

export type ProveArtParameters = {
  prompt: string
  weights?: ArtWeights
  /** The witness generator (assets/zk/art.wasm): a path or URL, or its bytes. */
  wasm: string | Uint8Array
  /** The proving key (assets/zk/art_final.zkey): a path or URL, or its bytes. */
  zkey: string | Uint8Array
  onProgress?: (stage: ProveArtStage, fraction: number) => void
  /** snarkjs prover options; extensions prove single-threaded. */
  singleThread?: boolean
}

export type ProveArtReturnType = {
  pixels: Uint8Array
  words: bigint[]
  publicSignals: string[]
  proof: Groth16Proof
  calldata: SolidityProof
}

const source = (a: string | Uint8Array): ArtifactSource => (typeof a === "string" ? a : { type: "mem", data: a })

/**
 * Generates the image with the reference model and a Groth16 proof that the committed model produced it
 * from this prompt. The proof's public pixel words are checked against the reference before returning.
 * @example const { pixels, calldata } = await proveArt({ prompt, wasm: "assets/zk/art.wasm", zkey: "assets/zk/art_final.zkey" })
 */
export async function proveArt(params: ProveArtParameters): Promise<ProveArtReturnType> {
  const { prompt, weights = defaultWeights, wasm, zkey, onProgress } = params
  onProgress?.("reference", 0)
  const { input, pixels, words } = artCircuitInput(prompt, weights)
  onProgress?.("witness+prove", 0.05)
  let result: { proof: Groth16Proof; publicSignals: string[] }
  try {
    result = await snarkjs.groth16.fullProve(input, source(wasm), source(zkey), undefined, undefined, params.singleThread ? { singleThread: true } : undefined)
  } catch (cause) {
    throw new ZkProveError("Could not prove the image.", { cause })
  }
  const expected = [input.modelCommitment, input.promptField, ...input.words]
  if (result.publicSignals.join() !== expected.join()) throw new ZkProveError("The proof's public signals differ from the reference image.", { code: "zk/signal-mismatch" })
  onProgress?.("done", 1)
  return {
    pixels,
    words,
    publicSignals: result.publicSignals,
    proof: result.proof,
    calldata: proofToSolidity(result.proof, result.publicSignals)
  }
}
