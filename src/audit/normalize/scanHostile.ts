/**
 * Finds the parts of a page's request that cannot be read safely: getters (which may answer differently
 * each time or throw), functions and symbols, objects of a class other than plain objects and arrays (a
 * `toString` that throws or lies), Proxies whose traps throw, and own keys such as `__proto__` or
 * `constructor` that only make sense as an attack on the reader. Each becomes a note in words; the rest of
 * the request is still judged (an unreadable field must never downgrade a verdict).
 *
 * Bounded: at most 4,000 nodes and depth 12, so a huge or cyclic request costs little.
 */
const MAX_NODES = 4000
const MAX_DEPTH = 12
const SUSPECT_KEYS = new Set(["__proto__", "constructor", "prototype"])

/** Returns up to 10 notes, e.g. `params[0].data is a getter`. */
export function scanHostile(value: unknown): string[] {
  const notes: string[] = []
  const seen = new Set<object>()
  let nodes = 0
  const note = (path: string, what: string) => {
    if (notes.length < 10) notes.push(`${path.slice(0, 80)} ${what}`)
  }
  const walk = (v: unknown, path: string, depth: number) => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return
    if (typeof v === "function") return note(path, "is a function")
    if (typeof v === "symbol") return note(path, "is a symbol")
    if (typeof v !== "object" || v === null) return
    if (seen.has(v)) return
    seen.add(v)
    let keys: (string | symbol)[]
    try {
      const proto = Object.getPrototypeOf(v)
      if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return note(path, "is an object of an unexpected kind")
      keys = Reflect.ownKeys(v)
    } catch {
      return note(path, "cannot be inspected")
    }
    for (const key of keys.slice(0, 500)) {
      if (typeof key === "symbol") {
        note(path, "has a symbol key")
        continue
      }
      if (Array.isArray(v) && key === "length") continue
      const child = Array.isArray(v) ? `${path}[${key}]` : `${path}.${key}`
      if (SUSPECT_KEYS.has(key)) note(child, "is a key that targets the reader, not data")
      let d: PropertyDescriptor | undefined
      try {
        d = Object.getOwnPropertyDescriptor(v, key)
      } catch {
        note(child, "cannot be read")
        continue
      }
      if (!d) continue
      if (!("value" in d)) {
        note(child, "is a getter")
        continue
      }
      walk(d.value, child, depth + 1)
    }
  }
  try {
    walk(value, "request", 0)
  } catch {
    note("request", "cannot be inspected")
  }
  return notes
}
