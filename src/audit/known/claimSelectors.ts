/**
 * Function names fake "claim" / "airdrop" / "security update" contracts ask a page's visitor to call with
 * native value (names seen in public drainer reports 2022–2026). Hashed to selectors once at load.
 */
import { toFunctionSelector } from "viem"

const NAMES = [
  "claim", "Claim", "claimReward", "ClaimReward", "claimRewards", "ClaimRewards", "claimAirdrop", "ClaimAirdrop", "airdrop", "Airdrop",
  "claimTokens", "ClaimTokens", "securityUpdate", "SecurityUpdate", "SecurityUpdates", "update", "Update", "verify", "Verify", "connect", "Connect",
  "NetworkMerge", "networkMerge", "multicall", "Multicall", "execute", "Execute", "bonus", "Bonus", "gift", "Gift", "reward", "Reward",
  "enterStaking", "register", "Register", "activate", "Activate", "validate", "Validate", "sync", "Sync", "restore", "Restore", "migrate", "Migrate",
  "unlock", "Unlock", "withdrawal", "Withdrawal", "confirm", "Confirm", "start", "Start", "Swap"
]

/** Selectors of the no-argument forms of the names above. */
export const CLAIM_SELECTORS: ReadonlySet<string> = new Set(NAMES.map((n) => toFunctionSelector(`function ${n}()`)))
