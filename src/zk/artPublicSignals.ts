import { modelCommitment } from "../art/commitment"
import { promptField } from "../art/promptField"
import { defaultWeights, type ArtWeights } from "../art/weights"
import { packPixels } from "./packPixels"

/**
 * The 11 public signals in snarkjs order, as decimal strings:
 * [modelCommitment, promptField, word0, …, word8]. The contract rebuilds exactly these.
 */
export function artPublicSignals(params: { prompt: string; pixels: Uint8Array; commitment?: bigint; weights?: ArtWeights }): string[] {
  const commitment = params.commitment ?? modelCommitment(params.weights ?? defaultWeights)
  return [commitment, promptField(params.prompt), ...packPixels(params.pixels)].map(String)
}
