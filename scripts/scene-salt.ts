/**
 * Finds the first SLOT_SALT under which no two vocabulary words of different concepts share a slot (with ~110
 * words in 1000 slots, a random salt has a few collisions; ~1 in 100–300 has none). Prints it; paste it into
 * src/art/scene/vocabulary.ts.
 */
import { wordSlot } from "../src/art/scene/tokenize"
import { CONCEPTS } from "../src/art/scene/vocabulary"

for (let salt = 0; salt < 1_000_000; salt++) {
  const owner = new Map<number, number>()
  let ok = true
  for (let k = 0; k < CONCEPTS.length && ok; k++) {
    for (const w of CONCEPTS[k]!.words) {
      const s = wordSlot(w, salt)
      const o = owner.get(s)
      if (o !== undefined && o !== k) {
        ok = false
        break
      }
      owner.set(s, k)
    }
  }
  if (ok) {
    console.log(`SLOT_SALT = ${salt}`)
    break
  }
}
