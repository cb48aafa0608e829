/**
 * The limits TypeScript shares with the Solidity contracts and the circom circuit. Each is defined here
 * once; `test/unit/limits.test.ts` reads contracts/*.sol and circuits/src/art.circom and fails when one
 * of them says otherwise.
 */

/** Longest prompt, in UTF-8 bytes (MamoriArt.MAX_PROMPT_BYTES): longer ones revert at reveal. */
export const MAX_PROMPT_BYTES = 160

/** The image is ART_SIZE × ART_SIZE palette indices (0..3). */
export const ART_SIZE = 32
export const ART_PIXELS = ART_SIZE * ART_SIZE

/** Pixels packed into one public field element (2 bits each, 252 bits < 254). */
export const PIXELS_PER_WORD = 126
/** Public words for the 1024 pixels (ceil(1024 / 126)). */
export const PIXEL_WORDS = 9
/** Number of public signals: modelCommitment, promptField, word0..word8. */
export const PUBLIC_SIGNAL_COUNT = 2 + PIXEL_WORDS

/** Every weight is an integer in [WEIGHT_MIN, WEIGHT_MAX] (5-bit two's-complement range). */
export const WEIGHT_MIN = -16
export const WEIGHT_MAX = 15
/** 16 + 16 + 4 + 4 + rho + beta. */
export const WEIGHT_COUNT = 42

/** BN254 scalar field order r: public signals, the prompt field and the commitment live below it. */
export const BN254_R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n
