/**
 * Who a party is to the user, for the effect rules: the user, a protocol contract known on this chain, a
 * counterparty from the user's confirmed history, or a stranger. Router placeholders count as the user.
 */
import type { Analysis } from "../decode/analysis"
import { ROUTER_PLACEHOLDERS } from "../known/knownContracts"
import { listedToken, STABLE_SYMBOLS } from "../known/tokenDirectory"
import type { EffectAsset } from "./types"

export type Party = "user" | "known" | "history" | "stranger"

export function partyOf(a: Analysis, address: string | undefined): Party {
  if (!address) return "stranger"
  if (address === a.req.from || ROUTER_PLACEHOLDERS.has(address)) return "user"
  if (a.ctx.isBlockedAddress(address)) return "stranger"
  // Protocol contracts and listed tokens of this chain (sending ETH to WETH wraps it; misdirected token
  // transfers to token contracts are the transfer-to-contract-address rule's business).
  // Only listed tokens: a contract that merely answers symbol()/decimals() over RPC is not "known".
  if (a.ctx.knownName(address) || listedToken(a.ctx.chainId, address) || a.ctx.isWrappedNative(address)) return "known"
  if (a.ctx.history.includes(address)) return "history"
  return "stranger"
}

/** What an amount of an asset is worth to the judgement: real value, dust, or a token we cannot value. */
export type Worth = "nft" | "valuable" | "dust" | "unknown-token"

/** Dust floors: 0.001 of the native coin (1 POL on Polygon), 1 unit of a stablecoin, 10⁻⁴ of other listed tokens. */
export function worthOf(a: Analysis, asset: EffectAsset, amount: string | undefined): Worth {
  if (asset.kind === "erc721" || asset.kind === "erc1155") return "nft"
  const raw = amount !== undefined && /^[0-9]{1,80}$/.test(amount) ? BigInt(amount) : undefined
  const nativeFloor = a.ctx.chainId === 137 ? 10n ** 18n : 10n ** 15n
  if (asset.kind === "native" || (asset.kind === "erc20" && a.ctx.isWrappedNative(asset.token))) {
    return raw !== undefined && raw >= nativeFloor ? "valuable" : "dust"
  }
  // Listed tokens of this chain only: a symbol read from the token itself proves nothing (fake "WETH").
  const info = asset.kind === "erc20" ? listedToken(a.ctx.chainId, asset.token) : undefined
  if (!info) return "unknown-token"
  const floor = STABLE_SYMBOLS.has(info.symbol) ? 10n ** BigInt(info.decimals) : 10n ** BigInt(Math.max(0, info.decimals - 4))
  return raw !== undefined && raw >= floor ? "valuable" : "dust"
}
