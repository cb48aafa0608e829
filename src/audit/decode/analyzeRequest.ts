/**
 * From a normalised request to the analysis the rules read and the `decoded` block the UI shows.
 * Pure and synchronous; facts from the chain arrive through the resolved context.
 */
import { safeText } from "../normalize/hex"
import { collectEffects, emit, emitUnknown } from "../effects/emit"
import type { NormalizedRequest } from "../normalize/normalizeRequest"
import type { AllowanceView, AssetMove, Decoded } from "../types"
import { formatAmount } from "./amount"
import type { Analysis, ResolvedContext } from "./analysis"
import { decodeCall } from "./decodeCall"
import { decodeMessage } from "./message"
import { decodeTypedData } from "./typedData"
import { mergeEffects } from "../simulation/mergeEffects"
import { readSimulation } from "../simulation/readSimulation"
import { simulationView } from "../simulation/simulationView"

const KIND: Record<NormalizedRequest["kind"], Decoded["kind"]> = {
  tx: "transaction",
  batch: "batch",
  typed: "typed-data",
  "typed-v1": "typed-data",
  personal: "personal-sign",
  "eth-sign": "eth-sign",
  authorization: "authorization",
  unsupported: "unsupported",
  malformed: "malformed"
}

/** Builds the analysis; see the module comment. */
export function analyzeRequest(req: NormalizedRequest, ctx: ResolvedContext, nowSec: number): Analysis {
  const decoded: Decoded = {
    kind: KIND[req.kind],
    method: req.method,
    chainId: req.chainId,
    from: req.from,
    give: [],
    get: [],
    allowances: [],
    calls: []
  }
  const a: Analysis = {
    req,
    decoded,
    grants: [],
    calls: [],
    orders: [],
    transfers: [],
    outputRecipients: [],
    delegatecalls: [],
    delegations: [],
    effects: [],
    unreadable: [...req.unreadable],
    nowSec,
    ctx
  }
  switch (req.kind) {
    case "tx": {
      const tx = req.tx!
      if (tx.to === undefined) {
        decoded.creation = { codeBytes: Math.max(0, (tx.data.length - 2) / 2) }
        if (tx.value > 0n) a.transfers.push({ kind: "native", raw: tx.value })
      } else decoded.calls.push(decodeCall({ to: tx.to, value: tx.value, data: tx.data }, a, { depth: 0, asUser: true, inBatch: false }))
      if (tx.authorizationList) a.delegations.push(...tx.authorizationList)
      break
    }
    case "batch":
      for (const call of req.calls!) {
        if (call.to === undefined) {
          decoded.calls.push({ asUser: true, functionName: "(contract creation)" })
          emitUnknown(a, "a contract creation inside a batch")
        } else decoded.calls.push(decodeCall({ to: call.to, value: call.value, data: call.data }, a, { depth: 0, asUser: true, inBatch: req.calls!.length > 1 }))
      }
      break
    case "typed":
      decodeTypedData(req.typed!, a)
      break
    case "typed-v1":
      decoded.typedData = {
        primaryType: "(legacy v1 list)",
        domain: {},
        tree: { name: "message", type: "v1", children: req.typedV1!.slice(0, 100).map((f) => ({ name: f.name, type: f.type, value: safeText(f.value, 200) })) }
      }
      emitUnknown(a, "legacy (v1) typed data: a list of values whose meaning the Shield cannot read")
      break
    case "personal":
    case "eth-sign":
      decodeMessage(req.payload, req.payloadText, a)
      break
    case "authorization":
      a.delegations.push(...req.authorizations!)
      break
  }
  for (const d of a.delegations) emit(a, { type: "grant", source: "request", via: "EIP-7702 authorisation", power: "account-code", to: d.address, unlimited: true })
  collectEffects(a)
  decoded.effects = a.effects
  if (a.delegations.length) decoded.delegations = a.delegations.map((d) => ({ chainId: d.chainId, address: d.address ?? "(missing)", nonce: (d as { nonce?: string }).nonce }))
  // The simulation's grants join a.grants here, before the allowances shown are listed.
  a.simulation = readSimulation(a)
  decoded.simulation = simulationView(a)
  // The review's effects: the request's, with the simulation's winning where it ran (a.effects stays
  // request-only, for the rules that judge what the request itself says).
  decoded.effects = mergeEffects(a.effects, a.simulation?.effects)
  decoded.give = give(a)
  decoded.get = get(a)
  decoded.allowances = a.grants.map((g): AllowanceView => {
    const info = ctx.token(g.token)
    const label = info?.symbol ?? (g.token ? `token ${g.token}` : "tokens")
    return {
      kind: g.kind,
      token: g.token,
      spender: g.spender,
      until: g.until,
      untilWasMilliseconds: g.untilWasMs || undefined,
      approved: g.approved,
      amount: g.raw !== undefined && g.kind !== "nft-operator" ? formatAmount(g.raw, info, label) : undefined,
      tokenLabel: g.kind === "nft-operator" ? `all your NFTs in ${g.token ?? "this collection"}` : label
    }
  })
  return a
}

function give(a: Analysis): AssetMove[] {
  const out: AssetMove[] = a.transfers.slice(0, 100).map((t) => ({
    kind: t.kind,
    token: t.token,
    to: t.to,
    tokenId: t.tokenId,
    amount: t.raw !== undefined && (t.kind === "native" || t.kind === "erc20") ? formatAmount(t.raw, a.ctx.token(t.kind === "native" ? undefined : t.token), "units") : undefined
  }))
  for (const o of a.orders) {
    if (o.nftsOffered)
      out.push({ kind: "erc721", amount: { raw: String(o.nftsOffered), display: `${o.nftsOffered} NFT${o.nftsOffered > 1 ? "s" : ""} (${o.market} order)`, unlimited: false } })
    if (o.fungibleOffered)
      out.push({ kind: "erc20", amount: { raw: String(o.fungibleOffered), display: `payment in ${o.fungibleOffered} token item(s) (${o.market} bid)`, unlimited: false } })
  }
  return out
}

function get(a: Analysis): AssetMove[] {
  const out: AssetMove[] = []
  for (const o of a.orders) {
    if (o.side !== "sell") continue
    out.push({ kind: "native", to: o.offerer, amount: formatAmount(o.paidToOfferer, a.ctx.token(undefined)) })
    if (o.otherPaymentToOfferer) out.push({ kind: "erc20", to: o.offerer, amount: { raw: "?", display: "a payment in another token", unlimited: false } })
  }
  return out
}
