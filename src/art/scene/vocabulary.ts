/**
 * The vocabulary of the scene architecture (`mamori-scene-v1`): which words name which concept. It is part
 * of the architecture (the circuit hard-codes which vocabulary slots feed which concept count), while what a
 * concept *does* to the picture is the committed weights (`sceneWeights.ts`), so custom weights can restyle
 * every concept with the same proving key.
 */

/** Vocabulary slots: a word's slot is uint256(keccak256(word)) mod SCENE_SLOTS (on-chain and here). */
export const SCENE_SLOTS = 1000
/**
 * Prepended (4 bytes, big-endian) to each word before hashing; chosen by `scripts/scene-salt.ts` as the first
 * salt under which no two words of different concepts share a slot.
 */
export const SLOT_SALT = 206
/** Slots per public bitmap element (250 bits < the BN254 field) and number of elements. */
export const SLOTS_PER_ELEMENT = 250
export const SLOT_ELEMENTS = 4

/** Scene dimensions, in embedding-lane order (two packed columns of 18 lanes). */
export const DIMS = [
  "light",
  "warmth",
  "fog",
  "storm",
  "tintR",
  "tintG",
  "tintB",
  "horizon",
  "sea",
  "lake",
  "sand",
  "green",
  "snow",
  "mountains",
  "city",
  "trees",
  "moon",
  "sun",
  "stars",
  "lighthouse",
  "boat",
  "bridge",
  "tower",
  "flowers",
  "clouds",
  "birds",
  "house",
  "rain"
] as const
export type Dim = (typeof DIMS)[number]
/** Embedding width: 2 columns × 18 lanes (lanes 28..35 are unused by the default weights but committed). */
export const EMBED_DIMS = 36
export const LANES_PER_COLUMN = 18
export const EMBED_COLUMNS = 2
/** The first CONTINUOUS_DIMS dims are clamped to [0, hi]; the rest are flags (on when ≥ 1). */
export const CONTINUOUS_DIMS = 8
export const CONTINUOUS_MAX: readonly number[] = [7, 7, 3, 3, 7, 7, 7, 7]
export const FLAG_DIMS = DIMS.length - CONTINUOUS_DIMS

/** A concept: the words that name it and its default embedding row (dims not listed are 0). */
export type Concept = { name: string; words: string[]; row: Partial<Record<Dim, number>> }

/**
 * Concept 0 collects every word outside the vocabulary (its row is committed too; the default is zero, so
 * unknown words change the picture only through the prompt-seeded layout). The rest are listed here.
 */
export const CONCEPTS: readonly Concept[] = [
  { name: "unknown", words: [], row: {} },
  { name: "stop", words: ["a", "an", "the", "in", "on", "of", "at", "with", "and", "over", "by"], row: {} },
  { name: "dawn", words: ["dawn", "sunrise", "morning"], row: { light: -1, warmth: 3, sun: 1 } },
  { name: "noon", words: ["noon", "day", "sunny"], row: { light: 2, sun: 1 } },
  { name: "sunset", words: ["sunset", "golden"], row: { light: -2, warmth: 6, sun: 1 } },
  { name: "dusk", words: ["dusk", "evening", "twilight"], row: { light: -3, warmth: 2 } },
  { name: "night", words: ["night", "dark"], row: { light: -5, stars: 1 } },
  { name: "midnight", words: ["midnight"], row: { light: -7, stars: 1 } },
  { name: "storm", words: ["storm", "stormy", "thunder"], row: { light: -2, storm: 3, clouds: 1, rain: 1 } },
  { name: "rain", words: ["rain", "rainy"], row: { light: -1, storm: 1, clouds: 1, rain: 1 } },
  { name: "fog", words: ["fog", "foggy", "mist", "misty"], row: { light: -1, fog: 3 } },
  { name: "cloud", words: ["cloud", "clouds", "cloudy"], row: { light: -1, clouds: 1 } },
  { name: "red", words: ["red", "crimson"], row: { tintR: 3, tintG: -3, tintB: -3 } },
  { name: "teal", words: ["teal", "turquoise"], row: { tintR: -4, tintG: 1, tintB: 1 } },
  { name: "gold", words: ["gold", "amber"], row: { tintR: 3, tintG: 1, tintB: -4, warmth: 1 } },
  { name: "violet", words: ["violet", "purple"], row: { tintR: 1, tintG: -4, tintB: 3 } },
  { name: "rust", words: ["rust", "copper"], row: { tintR: 2, tintG: -2, tintB: -4 } },
  { name: "blue", words: ["blue"], row: { tintR: -4, tintG: -1, tintB: 3 } },
  { name: "green", words: ["green"], row: { tintR: -3, tintG: 3, tintB: -3 } },
  { name: "orange", words: ["orange"], row: { tintR: 3, tintG: 0, tintB: -4 } },
  { name: "pink", words: ["pink"], row: { tintR: 3, tintG: -2, tintB: 1 } },
  { name: "yellow", words: ["yellow"], row: { tintR: 2, tintG: 2, tintB: -4 } },
  { name: "lavender", words: ["lavender"], row: { tintR: 1, tintG: -2, tintB: 2, flowers: 1, green: 1 } },
  { name: "sea", words: ["sea", "ocean", "waves", "harbour"], row: { sea: 1, horizon: -1 } },
  { name: "beach", words: ["beach", "island"], row: { sea: 1, sand: 1, horizon: -1 } },
  { name: "river", words: ["river", "lake", "pond"], row: { lake: 1 } },
  { name: "desert", words: ["desert", "dunes", "sand"], row: { sand: 1, warmth: 1 } },
  { name: "forest", words: ["forest", "woods", "jungle"], row: { green: 1, trees: 1 } },
  { name: "field", words: ["field", "fields", "meadow", "provence"], row: { green: 1 } },
  { name: "garden", words: ["garden", "park"], row: { green: 1, flowers: 1 } },
  { name: "snow", words: ["snow", "snowy", "winter", "ice"], row: { snow: 1, light: 1 } },
  { name: "mountain", words: ["mountain", "mountains", "hills"], row: { mountains: 1, horizon: 1 } },
  { name: "city", words: ["city", "town", "skyline"], row: { city: 1 } },
  { name: "moon", words: ["moon", "moonlit"], row: { moon: 1 } },
  { name: "sun", words: ["sun"], row: { sun: 1, light: 1 } },
  { name: "star", words: ["star", "stars", "starry"], row: { stars: 1 } },
  { name: "lighthouse", words: ["lighthouse"], row: { lighthouse: 1 } },
  { name: "tree", words: ["tree", "trees", "pine"], row: { trees: 1 } },
  { name: "boat", words: ["boat", "boats", "ship", "sail"], row: { boat: 1 } },
  { name: "bridge", words: ["bridge"], row: { bridge: 1 } },
  { name: "tower", words: ["tower", "castle"], row: { tower: 1 } },
  { name: "flower", words: ["flower", "flowers", "roses", "tulips"], row: { flowers: 1 } },
  { name: "bird", words: ["bird", "birds", "gulls"], row: { birds: 1 } },
  { name: "house", words: ["house", "cabin", "cottage", "village"], row: { house: 1 } }
]
export const CONCEPT_COUNT = CONCEPTS.length

/** The default bias row: mid-day light, neutral tint, the horizon in the middle. */
export const DEFAULT_BIAS: Partial<Record<Dim, number>> = { light: 5, tintR: 4, tintG: 4, tintB: 4, horizon: 4 }
