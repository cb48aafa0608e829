/**
 * Writing effects onto the analysis, and deriving the ones the decoders already record as grants and
 * transfers, so each fact is decoded once and every rule reads the same list.
 */
import type { Analysis, Grant } from "../decode/analysis"
import type { Effect, EffectAsset, GrantEffect, GrantPower } from "./types"

const MAX_EFFECTS = 400

/** Adds `effect` (bounded: a huge batch cannot grow the list without end). */
export function emit(a: Analysis, effect: Effect): void {
  if (a.effects.length < MAX_EFFECTS) a.effects.push(effect)
}

/** Adds an unknown piece in plain words. */
export function emitUnknown(a: Analysis, what: string, target?: string, value?: bigint): void {
  emit(a, { type: "unknown", source: "request", via: "request", what, target, value: value && value > 0n ? value.toString() : undefined })
}

const POWER: Record<Grant["kind"], GrantPower> = {
  "erc20-approve": "allowance",
  "erc20-permit": "allowance",
  permit2: "allowance",
  "permit2-transfer": "transfer-signature",
  "nft-operator": "operator"
}

const VIA: Record<Grant["kind"], string> = {
  "erc20-approve": "approve",
  "erc20-permit": "signed permit",
  permit2: "Permit2 allowance",
  "permit2-transfer": "Permit2 transfer signature",
  "nft-operator": "setApprovalForAll"
}

/** Effects from the grants and transfers the decoders recorded, before the ones they emitted directly. */
export function collectEffects(a: Analysis): void {
  const derived: Effect[] = []
  for (const g of a.grants.slice(0, 200)) {
    const e: GrantEffect = {
      type: "grant",
      source: "request",
      via: g.via === "signature" && g.kind === "erc20-approve" ? "signed approval" : VIA[g.kind],
      inBatch: g.inBatch || undefined,
      power: g.power ?? POWER[g.kind],
      to: g.spender,
      asset: g.token ? { kind: g.kind === "nft-operator" ? "erc721" : "erc20", token: g.token } : undefined,
      amount: g.raw !== undefined && g.kind !== "nft-operator" ? g.raw.toString() : undefined,
      unlimited: g.unlimited || g.huge || g.kind === "nft-operator" || undefined,
      until: g.until,
      untilWasMs: g.untilWasMs || undefined
    }
    if (g.via === "signature") e.via = `${e.via} (signature)`
    derived.push(e)
  }
  for (const t of a.transfers.slice(0, 200)) {
    const asset: EffectAsset = { kind: t.kind, token: t.token, tokenId: t.tokenId }
    derived.push({
      type: "outflow",
      source: "request",
      via: t.via ?? (t.kind === "native" ? "native transfer" : "transfer"),
      inBatch: t.inBatch || undefined,
      asset,
      amount: t.raw?.toString(),
      all: t.all || undefined,
      to: t.to,
      exchange: t.exchange || undefined,
      direct: t.direct || undefined
    })
  }
  a.effects.unshift(...derived.slice(0, MAX_EFFECTS))
  if (a.effects.length > MAX_EFFECTS) a.effects.length = MAX_EFFECTS
}
