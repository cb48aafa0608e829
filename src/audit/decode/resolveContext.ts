/** Merges the caller's context with the built-in lists once per audit, lower-casing every key. */
import { KNOWN_TOKENS, NATIVE_SYMBOL } from "../known/knownContracts"
import { protocolContractName } from "../known/protocolContracts"
import { isWrappedNative, listedToken } from "../known/tokenDirectory"
import { toAddress } from "../normalize/hex"
import type { AuditContext, KnownFacts, TokenInfo } from "../types"
import type { ResolvedContext } from "./analysis"

/** Facts keyed by lower-case address, whatever case the caller used. */
function lowerFacts(raw: KnownFacts | undefined): KnownFacts {
  if (!raw || typeof raw !== "object") return {}
  const lower = <T>(m: Record<string, T> | undefined): Record<string, T> | undefined => {
    if (!m || typeof m !== "object") return undefined
    const out: Record<string, T> = {}
    for (const [k, v] of Object.entries(m).slice(0, 10_000)) {
      const addr = toAddress(k)
      if (addr && v && typeof v === "object") out[addr] = v
    }
    return out
  }
  return { ...raw, accounts: lower(raw.accounts), tokens: lower(raw.tokens) }
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 10_000) : [])

/** Builds the look-ups the rules use. Malformed context entries are ignored, not fatal. */
export function resolveContext(context: AuditContext | undefined, chainId: number | undefined): ResolvedContext {
  const c: AuditContext = context && typeof context === "object" ? context : {}
  const extraKnown = new Set(
    asList(c.knownContracts)
      .map(toAddress)
      .filter((x): x is string => !!x)
  )
  const blocked = new Set(
    asList(c.blocklist?.addresses)
      .map(toAddress)
      .filter((x): x is string => !!x)
  )
  const blockedSelectors = new Set(
    asList(c.blocklist?.selectors)
      .filter((s): s is string => typeof s === "string")
      .map((s) => s.trim().toLowerCase())
  )
  const history = asList(c.history)
    .map(toAddress)
    .filter((x): x is string => !!x)
  const userTokens: Record<string, TokenInfo> = {}
  if (c.tokenList && typeof c.tokenList === "object") {
    for (const [k, v] of Object.entries(c.tokenList).slice(0, 10_000)) {
      const addr = toAddress(k)
      if (addr && v && typeof v.symbol === "string" && Number.isInteger(v.decimals) && v.decimals >= 0 && v.decimals <= 36) {
        userTokens[addr] = { symbol: v.symbol.slice(0, 20), decimals: v.decimals }
      }
    }
  }
  const facts = lowerFacts(c.facts)
  const native: TokenInfo = { symbol: NATIVE_SYMBOL[chainId ?? 1] ?? "ETH", decimals: 18 }
  return {
    knownName(address) {
      if (!address) return undefined
      return protocolContractName(chainId, address) ?? (extraKnown.has(address) ? "a contract you trust" : undefined)
    },
    isBlockedAddress: (address) => !!address && blocked.has(address),
    blockedSelectors,
    token(address) {
      if (address === undefined) return native
      const fromFacts = facts.tokens?.[address]
      return (
        userTokens[address] ??
        listedToken(chainId, address) ??
        (chainId === undefined || chainId === 1 || chainId === 31337 ? KNOWN_TOKENS[address] : undefined) ??
        (fromFacts?.symbol && fromFacts.decimals !== undefined ? { symbol: fromFacts.symbol.slice(0, 20), decimals: fromFacts.decimals } : undefined)
      )
    },
    history,
    facts,
    chainId,
    isWrappedNative: (address) => isWrappedNative(chainId, address)
  }
}
