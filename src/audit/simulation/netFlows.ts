/**
 * Nets the asset movements of one simulated transaction: per asset and counterparty for the user (so a
 * refund cancels part of a payment), per asset for the user, and per asset for everyone else (who ends
 * up holding more). Pure.
 */
import type { SimulatedChange } from "../types"
import type { AssetRef } from "./types"

const ZERO = "0x0000000000000000000000000000000000000000"

export type NetFlows = {
  /** The user's net per asset and counterparty (positive: the user receives). */
  byCounterparty: (AssetRef & { counterparty: string; raw: bigint })[]
  /** The user's net per asset. */
  byAsset: (AssetRef & { raw: bigint })[]
  /** Other addresses' net gains (positive only), the zero address (burns) excluded. */
  gainers: (AssetRef & { address: string; raw: bigint })[]
}

/** An asset's identity as a map key (NFT ids are separate assets; fungible amounts merge). */
export function assetKey(a: AssetRef): string {
  return `${a.kind}|${a.token ?? ""}|${a.kind === "erc721" || a.kind === "erc1155" ? (a.tokenId ?? "") : ""}`
}

function assetOf(c: SimulatedChange): AssetRef {
  return c.kind === "erc721" || c.kind === "erc1155" ? { kind: c.kind, token: c.token, tokenId: c.tokenId } : { kind: c.kind, token: c.token }
}

function amountOf(c: SimulatedChange): bigint {
  try {
    return c.raw !== undefined ? BigInt(c.raw) : c.kind === "erc721" ? 1n : 0n
  } catch {
    return 0n
  }
}

/** Nets `changes` for `user` (lower-case). */
export function netFlows(changes: readonly SimulatedChange[], user: string): NetFlows {
  const pair = new Map<string, AssetRef & { counterparty: string; raw: bigint }>()
  const asset = new Map<string, AssetRef & { raw: bigint }>()
  const holders = new Map<string, AssetRef & { address: string; raw: bigint }>()
  const add = <T extends { raw: bigint }>(m: Map<string, T>, key: string, init: () => T, delta: bigint) => {
    const entry = m.get(key) ?? init()
    entry.raw += delta
    m.set(key, entry)
  }
  for (const c of changes) {
    const ref = assetOf(c)
    const key = assetKey(ref)
    const amount = amountOf(c)
    if (amount === 0n || c.from === c.to) continue
    for (const [holder, delta] of [
      [c.from, -amount],
      [c.to, amount]
    ] as const) {
      if (holder === user || holder === ZERO) continue
      add(holders, `${key}|${holder}`, () => ({ ...ref, address: holder, raw: 0n }), delta)
    }
    if (c.from !== user && c.to !== user) continue
    const counterparty = c.from === user ? c.to : c.from
    const delta = c.from === user ? -amount : amount
    add(pair, `${key}|${counterparty}`, () => ({ ...ref, counterparty, raw: 0n }), delta)
    add(asset, key, () => ({ ...ref, raw: 0n }), delta)
  }
  return {
    byCounterparty: [...pair.values()].filter((p) => p.raw !== 0n),
    byAsset: [...asset.values()].filter((p) => p.raw !== 0n),
    gainers: [...holders.values()].filter((h) => h.raw > 0n)
  }
}
