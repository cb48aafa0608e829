import { keccak256, stringToBytes } from "viem"
import { ArtInputError } from "../errors"
import { concat, toBytes } from "viem"
import { CONCEPTS, SCENE_SLOTS, SLOT_ELEMENTS, SLOT_SALT, SLOTS_PER_ELEMENT } from "./vocabulary"

/**
 * Words of a prompt, exactly as SceneArchitecture.sol splits them: maximal runs of ASCII letters and digits
 * and of non-ASCII bytes (so words in any script count), ASCII letters lowercased; every other byte
 * separates. Works on UTF-8 bytes, like the contract.
 */
export function promptWords(prompt: string): Uint8Array[] {
  if (typeof prompt !== "string") throw new ArtInputError("The prompt must be a string.")
  const bytes = stringToBytes(prompt)
  const words: Uint8Array[] = []
  let current: number[] = []
  for (const b of bytes) {
    const isWord = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0x80
    if (isWord) current.push(b >= 0x41 && b <= 0x5a ? b + 32 : b)
    else if (current.length > 0) {
      words.push(Uint8Array.from(current))
      current = []
    }
  }
  if (current.length > 0) words.push(Uint8Array.from(current))
  return words
}

/** A word's vocabulary slot: uint256(keccak256(abi.encodePacked(bytes4 SLOT_SALT, word))) mod SCENE_SLOTS. */
export function wordSlot(word: Uint8Array | string, salt = SLOT_SALT): number {
  const bytes = typeof word === "string" ? stringToBytes(word) : word
  return Number(BigInt(keccak256(concat([toBytes(salt, { size: 4 }), bytes]))) % BigInt(SCENE_SLOTS))
}

/** The set of slots a prompt's words fall into, as SLOT_ELEMENTS public field elements (bit s%250 of s/250). */
export function slotBitmap(prompt: string): bigint[] {
  const elements = new Array<bigint>(SLOT_ELEMENTS).fill(0n)
  for (const word of promptWords(prompt)) {
    const slot = wordSlot(word)
    const e = Math.floor(slot / SLOTS_PER_ELEMENT)
    elements[e] = elements[e]! | (1n << BigInt(slot % SLOTS_PER_ELEMENT))
  }
  return elements
}

/** The bitmap's slots, ascending. */
export function bitmapSlots(bitmap: readonly bigint[]): number[] {
  const slots: number[] = []
  for (let s = 0; s < SCENE_SLOTS; s++) {
    if ((bitmap[Math.floor(s / SLOTS_PER_ELEMENT)]! >> BigInt(s % SLOTS_PER_ELEMENT)) & 1n) slots.push(s)
  }
  return slots
}

/**
 * Slot → concept: every vocabulary word's slot names its concept, every other slot is concept 0 (unknown).
 * Built once; throws if two words of different concepts share a slot (the vocabulary test keeps it so).
 */
export function slotConcepts(): readonly number[] {
  cachedSlotConcepts ??= buildSlotConcepts()
  return cachedSlotConcepts
}
let cachedSlotConcepts: readonly number[] | undefined
function buildSlotConcepts(): number[] {
  const map = new Array<number>(SCENE_SLOTS).fill(0)
  CONCEPTS.forEach((concept, k) => {
    for (const w of concept.words) {
      const s = wordSlot(w)
      if (map[s] !== 0 && map[s] !== k) throw new Error(`vocabulary slot collision: "${w}" (slot ${s})`)
      map[s] = k
    }
  })
  return map
}
