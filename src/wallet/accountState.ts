import type { Address } from "viem"

/** The local account as the Studio shows it: none yet, locked (address known, key encrypted) or unlocked. */
export type AccountState = { kind: "none" } | { kind: "locked"; address: Address } | { kind: "unlocked"; address: Address }

/** The page wallet in use for this browser session (session storage: a restart forgets it). */
export type TabWallet = { address: Address; tabId: number; origin: string; chainId: number }
