import type { Address } from "viem"

import type { Verdict } from "../audit/types"
import type { ConnectedSite } from "./sites"
import type { VaultAccount } from "./vault"

/** What the popup shows: no wallet, or its accounts (locked or not) and the selected one. */
export type WalletStatus = { kind: "none" } | { kind: "locked" | "unlocked"; accounts: VaultAccount[]; selected: Address; hasMnemonic: boolean; needsMigration?: boolean }

export type WalletAccountsRequest =
  | { action: "status" }
  | { action: "begin-create" }
  | { action: "finish-create"; password: string; words: Record<string, string> }
  | { action: "import"; password: string; mnemonic?: string; privateKey?: string }
  | { action: "unlock"; password: string }
  | { action: "lock" }
  | { action: "add" }
  | { action: "select"; address: string }
  | { action: "export"; password: string; address?: string }
  | { action: "switch-chain"; chainId: number }

export type WalletAccountsResponse = {
  status: WalletStatus
  chainId?: number
  /** Only for begin-create: shown once; the positions (1-based) of the words the user must type back. */
  mnemonic?: string
  check?: number[]
  /** Only for export: the recovery phrase or the private key. */
  secret?: string
}

export type WalletSitesRequest = { action: "list" } | { action: "revoke"; origin: string }
export type WalletSitesResponse = { sites: ConnectedSite[] }

/** One thing the wallet signed or sent for a site, with the Shield's verdict on it. */
export type WalletActivity = {
  id: string
  at: number
  origin: string
  method: string
  chainId: number
  account: string
  verdict: Verdict | "not checked"
  /** Transaction hashes (one, or one per call of a batch). */
  hashes?: string[]
  status: "signed" | "sent" | "rejected" | "failed"
  error?: string
}

export type TokenBalance = { address: string; symbol: string; decimals: number; raw: string; display: string }
export type WalletAssetsResponse = {
  chainId: number
  address?: string
  native?: { raw: string; display: string; symbol: string }
  tokens: TokenBalance[]
  activity: WalletActivity[]
  error?: string
}
