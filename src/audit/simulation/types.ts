/**
 * The simulation read as effects on the user's assets. `source: "simulation"` marks what the node saw, as
 * opposed to what the request says it does (`"request"`); the request-side model lives in `effects/`.
 * Amounts are bigints here (the analysis); the UI gets formatted `AssetMove`s.
 */
import type { SimulatedGrant } from "../types"

export type EffectSource = "request" | "simulation"

/** One asset: the native coin (no token), a fungible token, or one token id of an NFT / ERC-1155 collection. */
export type AssetRef = { kind: "native" | "erc20" | "erc721" | "erc1155"; token?: string; tokenId?: string }

/** What leaves the user, net, per asset and counterparty. */
export type OutflowEffect = AssetRef & { type: "outflow"; source: EffectSource; to: string; raw: bigint }
/** What reaches the user, net, per asset and counterparty. */
export type InflowEffect = AssetRef & { type: "inflow"; source: EffectSource; from: string; raw: bigint }
/** A right over the user's assets that the transaction creates (new or larger than before). */
export type GrantEffect = {
  type: "grant"
  source: EffectSource
  kind: SimulatedGrant["kind"]
  token: string
  spender: string
  raw?: bigint
  tokenId?: string
  /** Unix seconds (Permit2). */
  until?: number
}

export type Effect = OutflowEffect | InflowEffect | GrantEffect

/** Everything the rules need from one simulation. */
export type SimulationReading = {
  /** Net outflows and inflows of the user, and new grants, as effects. */
  effects: Effect[]
  /** The user's net change per asset (negative: leaves). */
  netByAsset: (AssetRef & { raw: bigint })[]
  /** Addresses other than the user and the zero address that end the transaction with more of an asset. */
  gainers: (AssetRef & { address: string; raw: bigint })[]
  /** Token contracts whose assets moved. */
  tokens: Set<string>
  /** Contracts that emitted logs, with the addresses their non-asset logs named. */
  mentions: Map<string, Set<string>>
  /** Where the request's own picture and the simulation disagree (the simulation wins). */
  disagreements: string[]
}
