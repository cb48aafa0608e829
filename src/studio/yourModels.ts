/**
 * The options page's "Your models": the art models the Mamori account registered, with what they earned, and the
 * on-chain actions their registrant can take. JSON-safe (wei and token amounts as decimal strings).
 */

/** A model's ERC-7641 revenue token as the registrant sees it. */
export type YourModelToken = {
  address: string
  name: string
  symbol: string
  totalSupply: string
  /** The Mamori account's balance. */
  balance: string
  claimShareBps: number
  /** Wei received by the token and not yet allocated by a snapshot. */
  pendingRevenue: string
  /** Wei allocated to snapshots and not claimed yet, by all holders together. */
  claimReserve: string
  burnPool: string
  /** Wei the Mamori account's whole balance redeems when burnt now. */
  redeemableOnBurn: string
  currentSnapshotId: number
  /** First block at which `snapshot` may be called. */
  nextSnapshotAt: string
  /** Each snapshot the Mamori account can still claim from, with the wei it would receive. */
  claimable: { snapshotId: number; amount: string }[]
}

export type YourModel = {
  commitment: string
  name: string
  architectureId: number
  retired: boolean
  /** Tokens of the collection whose current data name this model (both mint paths). */
  mints: number
  /** The newest tokens made with it (at most 10) with their ERC-2981 royalty on a 1 ETH sale, read from the collection. */
  tokens: { id: string; royaltyReceiver: string; royaltyPerEth: string }[]
  /** Sum of the MintFeePaid events of this model (wei), whoever the payee was then. */
  feesEarned: string
  fee: string
  royaltyBps: number
  /** Where fees and royalties go now: the revenue token when launched, else the registrant. */
  payee: string
  licenseURI: string
  token: YourModelToken | null
}

export type YourModelsAction =
  | { action: "launch"; commitment: string; name: string; symbol: string; supply: string; claimShareBps: number; snapshotInterval: number }
  | { action: "set-fee"; commitment: string; feeWei: string }
  | { action: "set-royalty"; commitment: string; bps: number }
  | { action: "snapshot"; commitment: string }
  | { action: "claim"; commitment: string; snapshotId: number }
  | { action: "burn"; commitment: string; amount: string }

export type YourModelsRequest = { action: "list" } | YourModelsAction

export type YourModelsResponse = {
  /** The Mamori account the list is for (null when there is none yet). */
  account: string | null
  chainId: number
  /** The registry's royalty cap in basis points. */
  maxRoyaltyBps: number
  models: YourModel[]
  /** The transaction an action sent (mined and successful). */
  tx?: string
  block: string
}
