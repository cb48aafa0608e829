/**
 * The generic receiver pass: in a decoded protocol call that sends the user's value somewhere
 * (`payoutAbis.ts`: withdrawals, redemptions, claims, deposits on behalf of someone, bridge transfers), any
 * argument named as a receiver that is not the user is where the value goes — an outflow to that party.
 * Receivers are read from addresses, from bytes32 / bytes (bridges write the other chain's recipient so)
 * and from uint256 words (1inch's `Address` type), one level into tuples and tuple arrays.
 */
import type { AbiFunction, AbiParameter } from "viem"
import { ROUTER_PLACEHOLDERS } from "../known/knownContracts"
import type { Analysis, Transfer } from "./analysis"
import type { PayoutSpec } from "./payoutAbis"

const RECEIVER = /^(receiver|recipient|to|onBehalfOf|withdrawer|owner|destination|mintRecipient)$/
const ASSET = /^(asset|inputToken|originToken)$/
const AMOUNT = /^(amount|amounts|assets|shares|inputAmount|amountLD|value|sharesAmount)$/
const ZERO = "0x0000000000000000000000000000000000000000"
const LOW = 1n << 120n
const HIGH = 1n << 160n

/** An address read from an argument of any of the shapes bridges use, or undefined. */
export function addressIn(type: string, v: unknown): string | undefined {
  if (type === "address" && typeof v === "string") return v.toLowerCase()
  if (type === "bytes32" && typeof v === "string" && /^0x0{24}[0-9a-fA-F]{40}$/.test(v)) return `0x${v.slice(26).toLowerCase()}`
  if (type === "bytes" && typeof v === "string" && /^0x([0-9a-fA-F]{40}|0{24}[0-9a-fA-F]{40})$/.test(v)) return `0x${v.slice(-40).toLowerCase()}`
  if (type === "uint256" && typeof v === "bigint") {
    // 1inch packs flags above bit 160 of an `Address`; the address is the low 160 bits.
    const low = v & (HIGH - 1n)
    return low >= LOW ? `0x${low.toString(16).padStart(40, "0")}` : undefined
  }
  return undefined
}

/** A non-zero bytes32 that is not a padded EVM address: a foreign-chain account, lower-case. */
function foreignAccount(type: string, v: unknown): string | undefined {
  if (type !== "bytes32" || typeof v !== "string" || !/^0x[0-9a-fA-F]{64}$/.test(v) || /^0x0{64}$/.test(v)) return undefined
  return /^0x0{24}/.test(v) ? undefined : v.toLowerCase()
}

type Found = { receivers: string[]; asset?: string; amount?: bigint }

function visit(params: readonly AbiParameter[], values: readonly unknown[], out: Found, depth: number) {
  params.forEach((p, i) => {
    const v = values[i]
    const name = p.name ?? ""
    if (p.type === "tuple" && depth < 2 && typeof v === "object" && v !== null) {
      const comps = (p as { components: readonly AbiParameter[] }).components
      visit(
        comps,
        comps.map((c) => (v as Record<string, unknown>)[c.name ?? ""]),
        out,
        depth + 1
      )
      return
    }
    if (p.type === "tuple[]" && depth < 2 && Array.isArray(v)) {
      const comps = (p as { components: readonly AbiParameter[] }).components
      for (const item of v.slice(0, 16))
        visit(
          comps,
          comps.map((c) => (item as Record<string, unknown>)[c.name ?? ""]),
          out,
          depth + 1
        )
      return
    }
    if (RECEIVER.test(name)) {
      // A bytes32 recipient that is not a padded EVM address is an account on another kind of chain
      // (Solana, Aptos…): kept whole, it cannot be the user's EVM address.
      const r = addressIn(p.type, v) ?? foreignAccount(p.type, v)
      if (r && !out.receivers.includes(r)) out.receivers.push(r)
    } else if (ASSET.test(name) && out.asset === undefined) out.asset = addressIn(p.type === "uint256" ? "uint256" : p.type, v)
    else if (AMOUNT.test(name) && out.amount === undefined) {
      if (typeof v === "bigint") out.amount = v
      // A list of amounts adds up (Lido requests); a list of anything else (Balancer's `assets`) is not an amount.
      else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "bigint")) out.amount = v.slice(0, 64).reduce((s: bigint, x: bigint) => s + x, 0n)
    }
  })
}

/** Records an outflow for each receiver of `item`'s call that is not the user. */
export function readPayout(spec: PayoutSpec, item: AbiFunction, args: readonly unknown[], call: { to?: string; value: bigint }, a: Analysis): void {
  const found: Found = { receivers: [] }
  visit(item.inputs, args, found, 0)
  const user = a.req.from
  const others = found.receivers.filter((r) => r !== user && r !== ZERO && !ROUTER_PLACEHOLDERS.has(r))
  if (others.length === 0) return
  const fixed = spec.asset
  const native = fixed === "native" || (!found.asset && !fixed && call.value > 0n)
  const token = found.asset ?? (fixed && fixed !== "native" && fixed !== "contract" ? fixed : fixed === "contract" || !native ? call.to : undefined)
  const info = token ? a.ctx.token(token) : undefined
  const kind: Transfer["kind"] = native ? "native" : info ? "erc20" : "unknown"
  // A claim pays out what the protocol owes (unknown here): no amount, rather than the 0 sent with it.
  const raw = found.amount ?? (native && call.value > 0n ? call.value : undefined)
  for (const to of others.slice(0, 4)) {
    a.transfers.push({
      kind,
      token: native ? undefined : token,
      to,
      raw,
      all: raw !== undefined && raw >= 1n << 255n ? true : undefined,
      via: `${spec.what} paid to another address`,
      inBatch: true
    })
  }
}
