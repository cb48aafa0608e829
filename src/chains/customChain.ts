/**
 * A chain the user adds by hand (any EVM chain Mamori does not ship). Only its name and coin symbol live
 * here; its RPC URL lives in `ShieldSettings.rpcUrls[id]` like every other chain's, so the wallet and the
 * Shield read one table.
 */
import { ChainSettingError } from "./errors"
import { knownChain } from "./knownChains"

export type CustomChain = { id: number; name: string; nativeSymbol: string }

/** What the options page sends to add a custom chain. */
export type CustomChainInput = { id: unknown; name: unknown; nativeSymbol: unknown; rpcUrl: unknown }

/** Chain ids are positive integers below 2^53 that fit the settings' 12-digit key. */
export const MAX_CHAIN_ID = 999_999_999_999

/** Validates a custom chain; throws `ChainSettingError` naming the field. */
export function parseCustomChain(input: CustomChainInput): CustomChain & { rpcUrl: string } {
  const idText = typeof input.id === "number" ? String(input.id) : typeof input.id === "string" ? input.id.trim() : ""
  if (!/^\d{1,12}$/.test(idText) || Number(idText) < 1 || Number(idText) > MAX_CHAIN_ID)
    throw new ChainSettingError("id", "The chain id must be a whole number from 1 to 999999999999 (decimal).")
  const id = Number(idText)
  const known = knownChain(id)
  if (known) throw new ChainSettingError("id", `Chain ${id} is ${known.name}, which Mamori already knows: set its RPC URL in its own row instead.`)
  const name = typeof input.name === "string" ? input.name.trim() : ""
  // Names and symbols are shown in reviews: printable, short, no control or bidi characters.
  if (!name || name.length > 40 || /[\p{Cc}\p{Cf}]/u.test(name)) throw new ChainSettingError("name", "The chain name must be 1 to 40 printable characters.")
  const nativeSymbol = typeof input.nativeSymbol === "string" ? input.nativeSymbol.trim() : ""
  if (!/^[A-Za-z0-9.$-]{1,10}$/.test(nativeSymbol)) throw new ChainSettingError("nativeSymbol", "The native coin's symbol must be 1 to 10 letters or digits (e.g. ETH).")
  const rpcUrl = typeof input.rpcUrl === "string" ? input.rpcUrl.trim() : ""
  if (!isRpcUrl(rpcUrl)) throw new ChainSettingError("rpcUrl", "The RPC URL must start with http:// or https://.")
  return { id, name, nativeSymbol, rpcUrl }
}

/** Reads stored custom chains defensively: bad entries and duplicates are dropped, never thrown. */
export function parseCustomChains(value: unknown): CustomChain[] {
  if (!Array.isArray(value)) return []
  const out: CustomChain[] = []
  for (const v of value.slice(0, 50)) {
    try {
      const c = parseCustomChain({ ...(v as object), rpcUrl: "http://placeholder.invalid" } as CustomChainInput)
      if (!out.some((o) => o.id === c.id)) out.push({ id: c.id, name: c.name, nativeSymbol: c.nativeSymbol })
    } catch {
      // A stored entry that no longer validates (e.g. a chain Mamori now ships) is dropped.
    }
  }
  return out
}

export function isRpcUrl(value: unknown): value is string {
  if (typeof value !== "string") return false
  try {
    const u = new URL(value)
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.host
  } catch {
    return false
  }
}
