/** Random prompts and weights for the scene architecture's equality tests (deterministic, reproducible). */
import { ENTRY_MAX, ENTRY_MIN, type SceneWeights } from "../../src/art/scene/sceneModel"
import { CONCEPT_COUNT, CONCEPTS, EMBED_DIMS } from "../../src/art/scene/vocabulary"

/** Deterministic PRNG (mulberry32), so a failure names a reproducible prompt. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const VOCAB = CONCEPTS.flatMap((c) => c.words)
const EXTRA = ["zebra", "kite", "Ünïcödé", "港", "🌸", "quiet", "old", "LIGHTHOUSE", "Sea", "x9", "déjà-vu"]
const SEPARATORS = [" ", " ", " ", ", ", "-", "!", "  ", "\n"]

export function randomPrompt(r: () => number): string {
  const n = 1 + Math.floor(r() * 12)
  let s = ""
  for (let i = 0; i < n; i++) {
    const pool = r() < 0.6 ? VOCAB : EXTRA
    s += pool[Math.floor(r() * pool.length)]! + SEPARATORS[Math.floor(r() * SEPARATORS.length)]!
  }
  return new TextEncoder().encode(s).length > 160 ? s.slice(0, 100) : s
}

export function randomWeights(r: () => number): SceneWeights {
  const entry = () => ENTRY_MIN + Math.floor(r() * (ENTRY_MAX - ENTRY_MIN + 1))
  return {
    rows: Array.from({ length: CONCEPT_COUNT }, () => Array.from({ length: EMBED_DIMS }, entry)),
    bias: Array.from({ length: EMBED_DIMS }, entry)
  }
}
