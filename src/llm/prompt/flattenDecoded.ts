import type { DataEntry } from "./fenceData"

export type FlattenOptions = { maxDepth?: number; maxEntries?: number }

/**
 * Flattens a decoded request (typed-data message, calldata args, SIWE fields…) into labelled leaf
 * values, e.g. `message.details.token: "0x…"`. Keys are page-supplied too: they become labels only
 * after `fenceData` sanitises them. Depth and count are capped so a hostile payload stays small.
 */
export function flattenDecoded(value: unknown, prefix: string, { maxDepth = 5, maxEntries = 60 }: FlattenOptions = {}): DataEntry[] {
  const out: DataEntry[] = []
  const seen = new WeakSet<object>()
  const walk = (node: unknown, path: string, depth: number): void => {
    if (out.length >= maxEntries) return
    if (node === null || node === undefined) return
    if (typeof node !== "object") {
      out.push({ label: path, value: node })
      return
    }
    if (seen.has(node)) return
    seen.add(node)
    if (depth >= maxDepth) {
      out.push({ label: path, value: node })
      return
    }
    if (node instanceof Uint8Array) {
      out.push({ label: path, value: `${node.length} bytes` })
      return
    }
    const children = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node)
    for (const [key, child] of children) walk(child, path ? `${path}.${key}` : key, depth + 1)
  }
  walk(value, prefix, 0)
  return out
}
