/** Pixels packed into one public field element (2 bits each, 252 bits < 254). */
export const PIXELS_PER_WORD = 126
/** Public words for the 1024 pixels. */
export const PIXEL_WORDS = 9
/** Number of public signals: modelCommitment, promptField, word0..word8. */
export const PUBLIC_SIGNAL_COUNT = 11
