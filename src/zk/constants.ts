/** The zk layer's shapes, from the limits shared with the circuit and the contracts. */
export { PIXEL_WORDS, PIXELS_PER_WORD, PUBLIC_SIGNAL_COUNT } from "../limits"
