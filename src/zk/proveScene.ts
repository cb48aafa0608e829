import * as snarkjs from "snarkjs"
import type { ArtifactSource, Groth16Proof } from "snarkjs"
import type { SceneWeights } from "../art/scene/sceneModel"
import { ZkProveError } from "./errors"
import { proofToSolidity, type SolidityProof } from "./proofToSolidity"
import { sceneCircuitInput } from "./sceneCircuitInput"

export type ProveSceneParameters = {
  prompt: string
  weights?: SceneWeights
  /** The witness generator (assets/zk/scene.wasm): a path or URL, or its bytes. */
  wasm: string | Uint8Array
  /** The proving key (assets/zk/scene_final.zkey): a path or URL, or its bytes. */
  zkey: string | Uint8Array
  /** snarkjs prover options; extensions prove single-threaded. */
  singleThread?: boolean
}

export type ProveSceneReturnType = {
  scene: bigint
  modelCommitment: bigint
  publicSignals: string[]
  proof: Groth16Proof
  calldata: SolidityProof
}

/** Public signals of the scene circuit: [scene, modelCommitment, slot0..slot3]. */
export const SCENE_PUBLIC_SIGNALS = 6

const source = (a: string | Uint8Array): ArtifactSource => (typeof a === "string" ? a : { type: "mem", data: a })

/**
 * Runs the scene model and proves it (Groth16): the public signals [scene, modelCommitment, slot0..3] are
 * checked against the TypeScript reference before returning.
 */
export async function proveScene(params: ProveSceneParameters): Promise<ProveSceneReturnType> {
  const { input, scene, slots, modelCommitment } = sceneCircuitInput(params.prompt, params.weights)
  let result: { proof: Groth16Proof; publicSignals: string[] }
  try {
    result = await snarkjs.groth16.fullProve(input, source(params.wasm), source(params.zkey), undefined, undefined, params.singleThread ? { singleThread: true } : undefined)
  } catch (cause) {
    throw new ZkProveError("Could not prove the scene.", { cause })
  }
  const expected = [scene.packed, modelCommitment, ...slots].map(String)
  if (result.publicSignals.join() !== expected.join()) {
    throw new ZkProveError("The proof's public signals differ from the reference scene.", { code: "zk/signal-mismatch" })
  }
  return {
    scene: scene.packed,
    modelCommitment,
    publicSignals: result.publicSignals,
    proof: result.proof,
    calldata: proofToSolidity(result.proof, result.publicSignals, SCENE_PUBLIC_SIGNALS)
  }
}
