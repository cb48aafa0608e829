/**
 * The simulation read as effects on the user's assets, in the one effect model of `effects/types.ts`
 * (`source: "simulation"`), plus the netted figures the simulation rules judge. Amounts in effects are
 * decimal strings (plain data); the netted figures keep bigints for arithmetic.
 */
import type { Effect } from "../effects/types"
import type { SimulatedGrant } from "../types"

/** One asset: the native coin (no token), a fungible token, or one token id of an NFT / ERC-1155 collection. */
export type AssetRef = { kind: "native" | "erc20" | "erc721" | "erc1155"; token?: string; tokenId?: string }

/** Everything the rules and the review need from one simulation. */
export type SimulationReading = {
  /** The user's net outflows and inflows per asset and counterparty, and new grants, as effects. */
  effects: Effect[]
  /** The user's net change per asset and counterparty (negative: leaves the user). */
  byCounterparty: (AssetRef & { counterparty: string; raw: bigint })[]
  /** The user's net change per asset (negative: leaves). */
  netByAsset: (AssetRef & { raw: bigint })[]
  /** Addresses other than the user and the zero address that end the transaction with more of an asset. */
  gainers: (AssetRef & { address: string; raw: bigint })[]
  /** Rights over the user's assets that the transaction creates or raises. */
  grants: SimulatedGrant[]
  /** Token contracts whose assets moved. */
  tokens: Set<string>
  /** Contracts that emitted logs, with the addresses their non-asset logs named. */
  mentions: Map<string, Set<string>>
  /** Where the request's own picture and the simulation disagree (the simulation wins). */
  disagreements: string[]
}
