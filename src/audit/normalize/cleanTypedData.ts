/**
 * Keeps only what an EIP-712 signature covers: the fields the types declare, walked from the primary type,
 * and the declared domain fields. Undeclared message fields are not signed, so they are dropped before any
 * size check (a page cannot pad a dangerous permit with a 1 MB junk field to make it "too large to check").
 * Undeclared domain fields are dropped too, and reported: a wallet may show them, the signature ignores them.
 */
import { own } from "./hex"

type Types = Record<string, { name: string; type: string }[]>

const MAX_NODES = 200_000
const MAX_DEPTH = 32
const DOMAIN_FIELDS = ["name", "version", "chainId", "verifyingContract", "salt"]

export type CleanTyped = {
  message: Record<string, unknown>
  domain: Record<string, unknown>
  /** Characters of declared scalar content (a cheap measure of what is signed). */
  size: number
  /** Unreadable parts, in words. */
  notes: string[]
}

/** Strips `message` and `domain` down to their declared fields; see the module comment. */
export function cleanTypedMessage(types: Types, primaryType: string, message: Record<string, unknown>, domain: Record<string, unknown>): CleanTyped {
  const notes: string[] = []
  const budget = { nodes: 0, size: 0 }
  const walk = (type: string, value: unknown, depth: number): unknown => {
    if (++budget.nodes > MAX_NODES || depth > MAX_DEPTH) return undefined
    if (type.endsWith("]")) {
      if (!Array.isArray(value)) return value === undefined ? undefined : null
      const inner = type.slice(0, type.lastIndexOf("["))
      return value.slice(0, 4096).map((v) => walk(inner, v, depth + 1))
    }
    const fields = Object.hasOwn(types, type) ? types[type] : undefined
    if (fields) {
      const out: Record<string, unknown> = Object.create(null)
      for (const f of fields) {
        const v = own(value, f.name)
        if (v !== undefined) out[f.name] = walk(f.type, v, depth + 1)
      }
      return out
    }
    if (typeof value === "string") budget.size += value.length
    else if (typeof value === "object" && value !== null)
      return null // a struct where a scalar is declared
    else budget.size += 8
    return value
  }
  const message2 = walk(primaryType, message, 0) as Record<string, unknown>

  const declared = Object.hasOwn(types, "EIP712Domain") ? types.EIP712Domain.map((f) => f.name) : DOMAIN_FIELDS
  const domain2: Record<string, unknown> = Object.create(null)
  let keys: string[] = []
  try {
    keys = Object.keys(domain).slice(0, 50)
  } catch {
    notes.push("the domain cannot be listed")
  }
  for (const key of keys) {
    const v = own(domain, key)
    if (!declared.includes(key)) {
      notes.push(`the domain field ${JSON.stringify(key.slice(0, 40))} is not declared in its type (not signed, ignored)`)
      continue
    }
    if (typeof v === "object" && v !== null) {
      notes.push(`the domain field ${JSON.stringify(key.slice(0, 40))} is not a plain value`)
      continue
    }
    domain2[key] = v
    budget.size += typeof v === "string" ? v.length : 8
  }
  return { message: message2 ?? Object.create(null), domain: domain2, size: budget.size, notes: notes.slice(0, 5) }
}
