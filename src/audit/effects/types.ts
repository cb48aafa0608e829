/**
 * The effect model: what one request does to the user's assets, whatever its shape. Every decoder (calls,
 * batches, Safe payloads, router plans, signatures, orders) and the simulation speak this one type, so the
 * rules judge effects, not shapes, and a simulated run can be compared with what the request claims.
 *
 * Plain data only: amounts are decimal strings (no bigint), addresses lower-case `0x…`. `source` says who
 * saw the effect: `"request"` (decoded from what the page sent) or `"simulation"` (seen in an
 * eth_simulateV1 run of it). Nothing here is trusted page text: `via` and `what` are our own words.
 */

/** Who saw the effect. */
export type EffectSource = "request" | "simulation"

/** One asset. `token` is absent for the chain's native coin. */
export type EffectAsset = {
  kind: "native" | "erc20" | "erc721" | "erc1155" | "unknown"
  /** Token contract, lower-case. */
  token?: string
  /** ERC-721/1155 id; absent when the effect covers any id (criteria orders, operator grants). */
  tokenId?: string
}

type EffectBase = {
  source: EffectSource
  /** How it happens, in our own words: `"transfer"`, `"Permit2 transferFrom"`, `"Seaport order"`, `"router SWEEP"`. */
  via: string
  /** True when the effect sits in a batch, wrapper or multi-item signature with other effects. */
  inBatch?: boolean
  /** Shared by the effects of one order or one swap (what leaves and what comes back for it). */
  group?: string
}

/** Something leaves the user. */
export type Outflow = EffectBase & {
  type: "outflow"
  asset: EffectAsset
  /** Raw integer amount; absent when unknown. */
  amount?: string
  /** True when the request takes everything the user holds of this asset (sweeps, `all` sentinels). */
  all?: boolean
  /**
   * Who receives it (lower-case). Absent when the request does not say (an order's future buyer, the
   * filler of a swap): then `exchange` tells whether something comes back for it.
   */
  to?: string
  /** True when this leaves as one side of an exchange that returns value to the user (a swap, a sale). */
  exchange?: boolean
  /**
   * True for the user's own plain send: one top-level transfer or native send, alone in the request.
   * Pulled by a contract, paid out by a router, inside a batch or a signature: false/absent.
   */
  direct?: boolean
}

/** Something the user is promised back (orders, swaps) or saw arrive (simulation). */
export type Inflow = EffectBase & {
  type: "inflow"
  asset: EffectAsset
  amount?: string
  /** Who receives it: the user, or someone else (then it is not really the user's inflow). */
  to?: string
}

/** The kind of power granted. */
export type GrantPower =
  | "allowance" // ERC-20 approve / increaseAllowance / permit / Permit2 allowance
  | "transfer-signature" // Permit2 SignatureTransfer: the spender may pull once, now
  | "operator" // setApprovalForAll, NFT position permits
  | "manager" // allowBySig / Comet allow / Morpho setAuthorization: full control of a position
  | "credit-delegation" // borrow in the user's name (Aave approveDelegation)
  | "account-code" // EIP-7702 delegation: code that runs as the account
  | "safe-owner" // Safe owner added / swapped
  | "safe-threshold" // Safe threshold changed
  | "safe-module" // Safe module enabled (can move everything without signatures)
  | "safe-guard" // Safe guard set
  | "safe-fallback" // Safe fallback handler set
  | "ownership" // transferOwnership / admin change of a contract the user controls
  | "votes" // governance vote delegation (no asset power)
  | "trading-agent" // an exchange agent or builder-fee approval (Hyperliquid): trades the account, cannot withdraw

/** Someone gets a power over the user's assets or account. */
export type GrantEffect = EffectBase & {
  type: "grant"
  power: GrantPower
  /** Who gets it (lower-case). For `safe-threshold` absent. */
  to?: string
  asset?: EffectAsset
  /** Raw amount; absent for operator/ownership powers. */
  amount?: string
  /** Unlimited or beyond any real balance. */
  unlimited?: boolean
  /** Unix seconds until which the power (or the signature creating it) can be used; absent = no end. */
  until?: number
  /** True when `until` was written in milliseconds (on-chain it then means "practically never"). */
  untilWasMs?: boolean
}

/** A piece we could not read. It never hides the known pieces next to it. */
export type UnknownEffect = EffectBase & {
  type: "unknown"
  /** Plain words: "undecoded call 0x12345678 to 0xab…cd", "typed data of an unrecognised kind". */
  what: string
  /** The contract involved, when there is one. */
  target?: string
  /** Native value sent along with the unreadable piece (raw integer). */
  value?: string
}

export type Effect = Outflow | Inflow | GrantEffect | UnknownEffect
