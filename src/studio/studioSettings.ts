import type { Address } from "viem"

/** Where the Studio mints. Defaults to the devnet and its bundled deployment; tests and users override. */
export type StudioSettings = { rpcUrl: string; chainId: number; collection: Address | null }
