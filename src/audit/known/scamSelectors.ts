/**
 * 4-byte selectors used by fake "claim"/"security update" contracts (facts published by wallet-security
 * projects). `always`: no legitimate contract asks users to call these. `withValue`: common names that are
 * only a drain when the page also asks for native coin.
 */
export const SCAM_SELECTORS_ALWAYS: ReadonlySet<string> = new Set([
  "0x5fba79f5", // SecurityUpdate()
  "0xaf347b61", // securityUpdate()
  "0x9c9316c5", // NetworkMerge()
  "0xa06adfa8" // networkMerge()
])

export const SCAM_SELECTORS_WITH_VALUE: ReadonlySet<string> = new Set([
  "0x4e71d92d", // claim()
  "0x3158952e", // Claim()
  "0x79372f9a", // ClaimReward()
  "0xb88a802f", // claimReward()
  "0xa16f15c3" // Connect()
])
