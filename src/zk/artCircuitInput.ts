import { modelCommitment } from "../art/commitment"
import { generateArt } from "../art/generate"
import { promptField } from "../art/promptField"
import { defaultWeights, flattenWeights, type ArtWeights } from "../art/weights"
import { packPixels } from "./packPixels"

export type ArtCircuitInput = {
  modelCommitment: string
  promptField: string
  words: string[]
  weights: string[]
}

/**
 * The full circuit input for a prompt and weights, from the TypeScript reference: public
 * [modelCommitment, promptField, words[9]] and the private weights (decimal strings; negative weights are
 * written as negative decimals, which snarkjs reduces mod r).
 */
export function artCircuitInput(
  prompt: string,
  weights: ArtWeights = defaultWeights
): {
  input: ArtCircuitInput
  pixels: Uint8Array
  words: bigint[]
} {
  const flat = flattenWeights(weights)
  const pixels = generateArt(prompt, weights)
  const words = packPixels(pixels)
  return {
    input: {
      modelCommitment: modelCommitment(weights).toString(),
      promptField: promptField(prompt).toString(),
      words: words.map(String),
      weights: flat.map(String)
    },
    pixels,
    words
  }
}
