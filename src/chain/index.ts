/** The Studio's chain side: ABIs, commit-reveal helpers, encoders and deployment records. */
export { mamoriArtAbi } from "./abi/mamoriArtAbi"
export { modelRegistryAbi } from "./abi/modelRegistryAbi"
export { artRendererAbi } from "./abi/artRendererAbi"
export { groth16VerifierAbi } from "./abi/groth16VerifierAbi"
export { commitmentHash, randomSalt } from "./commitmentHash"
export { decodeAigcData, encodeAigcData, encodeProof, type AigcData, type Groth16Calldata } from "./aigcData"
export { packPixels, unpackPixels, IMAGE_PIXELS, PIXELS_PER_WORD, WORDS } from "./pixelWords"
export { storedImageData } from "./storedImageData"
export { tokenIdOf, MAX_PROMPT_BYTES } from "./tokenIdOf"
export { parseDeployment, serializeDeployment, type Deployment } from "./deployment"
export { devnetDeployment } from "./devnetDeployment"
export { ChainError, toChainError } from "./errors"
export {
  commitPrompt,
  revealPrompt,
  readCommitment,
  readToken,
  verifyOnChain,
  type CommitParameters,
  type CommitReturnType,
  type RevealParameters,
  type CommitmentStatus,
  type TokenView
} from "./studio"
