import { describe, expect, it } from "vitest"
import { generateScene } from "."
import { rasterScene } from "./sceneRaster"
import { horizonRow, named } from "./scenePrimitives"

/**
 * "Art that follows the prompt": each attribute word is swapped into minimal pairs (the rest of the prompt
 * equal) and the rendered picture is measured. The layout is seeded by the whole prompt, so the two sides of a
 * pair differ in placement; the measures are chosen to be about the attribute, not the placement.
 */

type Picture = { px: Uint8Array; horizon: number; prompt: string }
const N = 64

function picture(prompt: string): Picture {
  const art = generateScene(prompt)
  return { px: rasterScene(art.primitives, N), horizon: horizonRow(named(art.scene.params).horizon), prompt }
}

type Region = "all" | "sky" | "ground"
function pixels(p: Picture, region: Region): [number, number, number][] {
  const out: [number, number, number][] = []
  const [y0, y1] = region === "sky" ? [0, p.horizon] : region === "ground" ? [p.horizon, N] : [0, N]
  for (let y = y0; y < y1; y++)
    for (let x = 0; x < N; x++) {
      const o = (y * N + x) * 3
      out.push([p.px[o]!, p.px[o + 1]!, p.px[o + 2]!])
    }
  return out
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
const lum = ([r, g, b]: [number, number, number]) => 0.299 * r + 0.587 * g + 0.114 * b
const avg = (p: Picture, region: Region, f: (c: [number, number, number]) => number) => mean(pixels(p, region).map(f))
const count = (p: Picture, region: Region, f: (c: [number, number, number]) => boolean) => pixels(p, region).filter(f).length
const exact = (hex: number) => (c: [number, number, number]) => ((c[0] << 16) | (c[1] << 8) | c[2]) === hex
const contrast = (p: Picture) => {
  const l = pixels(p, "all").map(lum)
  const m = mean(l)
  return Math.sqrt(mean(l.map((v) => (v - m) ** 2)))
}

/** A check: the picture with the attribute word (a) against the same prompt with another word (b). */
type Pair = { word: string; a: string; b: string; holds: (a: Picture, b: Picture) => boolean; what: string }

const SUBJECTS = ["over the old harbour", "above a quiet valley", "near the village"]
const pairs: Pair[] = []
const each = (words: string[], template: (w: string, s: string) => [string, string], what: string, holds: Pair["holds"]) => {
  for (const word of words)
    for (const s of SUBJECTS) {
      const [a, b] = template(word, s)
      pairs.push({ word, a, b, holds, what })
    }
}
const swap =
  (neutral: string) =>
  (w: string, s: string): [string, string] => [`${w} ${s}`, `${neutral} ${s}`]

// Time and light.
each(
  ["night", "dark", "midnight", "dusk", "evening", "twilight", "storm", "stormy", "thunder"],
  swap("noon"),
  "darker than noon",
  (a, b) => avg(a, "all", lum) < avg(b, "all", lum) - 10
)
each(["dawn", "sunrise", "morning", "sunset", "golden"], swap("noon"), "warmer sky than noon", (a, b) => avg(a, "sky", (c) => c[0] - c[2]) > avg(b, "sky", (c) => c[0] - c[2]) + 15)
each(["noon", "day", "sunny"], swap("dusk"), "brighter than dusk", (a, b) => avg(a, "all", lum) > avg(b, "all", lum) + 10)
each(["fog", "foggy", "mist", "misty"], swap("calm"), "less contrast than a clear prompt", (a, b) => contrast(a) < contrast(b) - 3)
each(["rain", "rainy"], swap("calm"), "rain streaks", (a, b) => count(a, "all", exact(0x9fb4c8)) >= 10 && count(b, "all", exact(0x9fb4c8)) === 0)
each(
  ["cloud", "clouds", "cloudy"],
  swap("calm"),
  "clouds in the sky",
  (a, b) =>
    count(a, "sky", exact(0xd5d7db)) + count(a, "sky", exact(0xc6c8cb)) + count(a, "sky", (c) => c[0] > 150 && Math.abs(c[0] - c[2]) < 12) >
    count(b, "sky", (c) => c[0] > 150 && Math.abs(c[0] - c[2]) < 12) + 20
)

// Colours: the channel balance moves the colour's way.
const colour = (words: string[], f: (c: [number, number, number]) => number, what: string) => each(words, swap("plain"), what, (a, b) => avg(a, "all", f) > avg(b, "all", f) + 15)
colour(["red", "crimson"], (c) => c[0] - c[1], "redder")
colour(["teal", "turquoise"], (c) => c[1] + c[2] - 2 * c[0], "more teal")
colour(["gold", "amber", "yellow"], (c) => c[0] + c[1] - 2 * c[2], "more golden")
colour(["violet", "purple"], (c) => c[0] + c[2] - 2 * c[1], "more violet")
colour(["rust", "copper", "orange"], (c) => c[0] - c[2], "more rust")
colour(["blue"], (c) => c[2] - c[0], "bluer")
colour(["green"], (c) => 2 * c[1] - c[0] - c[2], "greener")
colour(["pink"], (c) => c[0] - c[1], "pinker")
colour(["lavender"], (c) => c[2] - c[1], "more lavender")

// Places: what lies below the horizon.
const below = (words: string[], neutral: string, f: (c: [number, number, number]) => number, what: string) =>
  each(
    words,
    (w, s) => [`${w} at noon ${s}`, `${neutral} at noon ${s}`],
    what,
    (a, b) => avg(a, "ground", f) > avg(b, "ground", f) + 15
  )
below(["sea", "ocean", "waves", "harbour"], "plains", (c) => c[2] - c[0], "blue below the horizon")
below(["beach", "island"], "plains", (c) => c[2] - c[0], "sea below the horizon")
below(["river", "lake", "pond"], "plains", (c) => c[2] - c[0], "water below the horizon")
below(["forest", "woods", "jungle", "field", "fields", "meadow", "provence", "garden", "park"], "desert", (c) => 2 * c[1] - c[0] - c[2], "greener than the desert")
below(["desert", "dunes", "sand"], "forest", (c) => c[0] + c[1] - 2 * c[2], "sandier than the forest")
below(["snow", "snowy", "winter", "ice"], "plains", lum, "brighter ground")

// Things: an element of its own colour appears (under neutral light and tint).
const thing = (words: string[], colourOf: number | ((a: Picture) => number), region: Region, min: number, what: string) =>
  each(
    words,
    (w, s) => [`${w} at noon ${s}`, `plains at noon ${s}`],
    what,
    (a, b) => {
      const hex = typeof colourOf === "number" ? colourOf : colourOf(a)
      return count(a, region, exact(hex)) >= min && count(b, region, exact(hex)) < min
    }
  )
thing(["lighthouse"], 0xf2f2ee, "all", 20, "a white tower")
thing(["tree", "trees", "pine"], 0x24502a, "ground", 20, "dark green trees")
thing(["boat", "boats", "ship", "sail"], 0xf4efe6, "all", 8, "a sail")
thing(["bridge"], 0x6b4a35, "ground", 40, "a bridge deck")
thing(["tower", "castle"], 0x8a7f72, "all", 30, "a stone tower")
thing(["flower", "flowers", "roses", "tulips"], 0xe8609a, "ground", 8, "petals")
thing(["bird", "birds", "gulls"], 0x222222, "sky", 4, "birds in the sky")
thing(["house", "cabin", "cottage", "village"], 0xb5674a, "ground", 30, "a house")
each(
  ["sun"],
  (w, s) => [`${w} at dusk ${s}`, `calm at dusk ${s}`],
  "a yellow disc in the sky",
  (a, b) => count(a, "sky", exact(0xffd34d)) >= 60 && count(b, "sky", exact(0xffd34d)) === 0
)
thing(["star", "stars", "starry"], 0xfffbe6, "sky", 5, "stars in the sky")
each(
  ["moon", "moonlit"],
  (w, s) => [`${w} at night ${s}`, `calm at night ${s}`],
  "a bright disc in the night sky",
  (a, b) => count(a, "sky", (c) => lum(c) > 225) >= 50 && count(b, "sky", (c) => lum(c) > 225) < 20
)
each(
  ["mountains", "mountain", "hills"],
  (w, s) => [`${w} at noon ${s}`, `plains at noon ${s}`],
  "rock above the horizon",
  (a, b) => {
    const rock = (c: [number, number, number]) => c[2] - c[0] < 40 && lum(c) < 130
    return count(a, "sky", rock) > count(b, "sky", rock) + 40
  }
)
each(
  ["city", "town", "skyline"],
  (w, s) => [`${w} at noon ${s}`, `plains at noon ${s}`],
  "buildings on the horizon",
  (a, b) => {
    const wall = (c: [number, number, number]) => c[2] - c[0] < 25 && lum(c) < 90
    return count(a, "sky", wall) > count(b, "sky", wall) + 40
  }
)

describe("scene architecture follows the prompt", () => {
  const results = pairs.map((p) => ({ ...p, ok: p.holds(picture(p.a), picture(p.b)) }))
  const prompts = new Set(pairs.flatMap((p) => [p.a, p.b]))

  it(`runs ≥ 60 prompts (${prompts.size}) and ≥ 90 % of the ${pairs.length} checks pass`, () => {
    expect(prompts.size).toBeGreaterThanOrEqual(60)
    const failed = results.filter((r) => !r.ok).map((r) => `${r.word}: "${r.a}" vs "${r.b}" (${r.what})`)
    const rate = (results.length - failed.length) / results.length
    console.log(`attribute checks: ${results.length - failed.length}/${results.length} pass over ${prompts.size} prompts`)
    expect(rate, `failed:\n${failed.join("\n")}`).toBeGreaterThanOrEqual(0.9)
  })

  it("every attribute word changes its attribute in at least one minimal pair", () => {
    const words = [...new Set(pairs.map((p) => p.word))]
    const silent = words.filter((w) => !results.some((r) => r.word === w && r.ok))
    expect(silent).toEqual([])
  })

  it("unknown words change the picture, deterministically", () => {
    expect(generateScene("zebra kite festival").svg).toBe(generateScene("zebra kite festival").svg)
    expect(generateScene("zebra kite festival").svg).not.toBe(generateScene("zebra kite carnival").svg)
  })
})
