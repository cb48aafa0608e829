/**
 * Function names fake "claim" / "airdrop" / "security update" contracts ask a page's visitor to call with
 * native value (names seen in public drainer reports 2022–2026). Hashed to selectors once at load.
 */
import { toFunctionSelector } from "viem"

const NAMES = [
  "claim",
  "Claim",
  "claimReward",
  "ClaimReward",
  "claimRewards",
  "ClaimRewards",
  "claimAirdrop",
  "ClaimAirdrop",
  "airdrop",
  "Airdrop",
  "claimTokens",
  "ClaimTokens",
  "securityUpdate",
  "SecurityUpdate",
  "SecurityUpdates",
  "update",
  "Update",
  "verify",
  "Verify",
  "connect",
  "Connect",
  "NetworkMerge",
  "networkMerge",
  "multicall",
  "Multicall",
  "execute",
  "Execute",
  "bonus",
  "Bonus",
  "gift",
  "Gift",
  "reward",
  "Reward",
  "enterStaking",
  "register",
  "Register",
  "activate",
  "Activate",
  "validate",
  "Validate",
  "sync",
  "Sync",
  "restore",
  "Restore",
  "migrate",
  "Migrate",
  "unlock",
  "Unlock",
  "withdrawal",
  "Withdrawal",
  "confirm",
  "Confirm",
  "start",
  "Start",
  "Swap"
]

/** The argument lists these calls are written with: none, an account or referrer, an amount or id, both. */
const FORMS = ["()", "(address)", "(uint256)", "(address,uint256)"]

/** Selectors of the names above in each of those forms. */
export const CLAIM_SELECTORS: ReadonlySet<string> = new Set(NAMES.flatMap((n) => FORMS.map((f) => toFunctionSelector(`function ${n}${f}`))))
