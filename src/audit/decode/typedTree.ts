/** A readable, capped tree of any EIP-712 message, for the UI and for generic typed data. */
import { cap, isRecord, own } from "../normalize/hex"
import type { TypedDataNode } from "../types"

const MAX_NODES = 400
const MAX_DEPTH = 8

/** Builds the tree of `value` typed as `type`; unknown or oversize parts are summarised, never thrown. */
export function typedTree(types: Record<string, { name: string; type: string }[]>, type: string, value: unknown, name = "message"): TypedDataNode {
  const budget = { nodes: 0 }
  return walk(types, type, value, name, 0, budget)
}

function walk(types: Record<string, { name: string; type: string }[]>, type: string, value: unknown, name: string, depth: number, budget: { nodes: number }): TypedDataNode {
  budget.nodes++
  const node: TypedDataNode = { name: cap(name, 80), type: cap(type, 60) }
  if (budget.nodes > MAX_NODES || depth > MAX_DEPTH) {
    node.value = "(not shown: too large)"
    return node
  }
  if (type.endsWith("]")) {
    const inner = type.slice(0, type.lastIndexOf("["))
    if (!Array.isArray(value)) {
      node.value = "(not a list)"
      return node
    }
    node.children = value.slice(0, 50).map((v, i) => walk(types, inner, v, `${name}[${i}]`, depth + 1, budget))
    if (value.length > 50) node.children.push({ name: "…", type: inner, value: `${value.length - 50} more` })
    return node
  }
  const fields = Object.hasOwn(types, type) ? types[type] : undefined
  if (fields) {
    if (!isRecord(value)) {
      node.value = "(not an object)"
      return node
    }
    node.children = fields.map((f) => walk(types, f.type, own(value, f.name), f.name, depth + 1, budget))
    return node
  }
  node.value = scalar(value)
  return node
}

function scalar(value: unknown): string {
  if (value === undefined) return "(missing)"
  if (typeof value === "string") return cap(value, 200)
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value)
  if (value === null) return "null"
  return "(unexpected value)"
}
