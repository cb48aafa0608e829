import type { Account, Chain, Transport, WalletClient } from "viem"

/** A viem wallet client with an account (the minter). */
export type Wallet = WalletClient<Transport, Chain | undefined, Account>
