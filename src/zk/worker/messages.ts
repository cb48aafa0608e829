import type { Groth16Proof } from "snarkjs"
import type { SceneWeights } from "../../art/scene/sceneModel"
import type { ArtWeights } from "../../art/weights"
import type { SolidityProof } from "../proofToSolidity"

/** Main thread → prover worker. */
export type ProveRequest = {
  kind: "prove"
  id: string
  prompt: string
  weights?: ArtWeights
  /** URLs of assets/zk/art.wasm, art_final.zkey and verification_key.json. */
  wasmUrl: string
  zkeyUrl: string
  vkeyUrl: string
  /** Prove without nested workers (needed in some extension contexts). */
  singleThread?: boolean
  /** Which architecture's circuit the URLs point at: "art" (mamori-art-v1, the default) or "scene". */
  architecture?: "art" | "scene"
  /** Custom weights of the scene architecture (architecture "scene" only). */
  sceneWeights?: SceneWeights
}

export type ProveStage = "download" | "reference" | "witness" | "prove" | "verify" | "done"

/** Prover worker → main thread. Bigints survive structured clone. */
export type ProverMessage =
  | { kind: "progress"; id: string; stage: ProveStage; fraction: number }
  | {
      kind: "result"
      id: string
      pixels: Uint8Array
      words: bigint[]
      publicSignals: string[]
      proof: Groth16Proof
      calldata: SolidityProof
      /** The proven scene word (architecture "scene"; pixels and words are then empty). */
      scene?: bigint
      /** Always true: the worker refuses to return a proof that does not verify. */
      verified: true
      ms: number
    }
  | { kind: "error"; id: string; code: string; message: string }
