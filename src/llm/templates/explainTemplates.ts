import type { Verdict } from "../prompt/types"

/** One family of findings: rule ids matching `match` share a plain-words sentence. */
type FindingFamily = { family: string; match: RegExp; sentence: string }

// Ordered: the first match wins, so specific families come before general ones. Matching on the id's
// words rather than exact ids keeps the templates useful as the rule set grows.
const FAMILIES: readonly FindingFamily[] = [
  // Simulation findings first: their ids also contain words of other families ("unknown", "approval").
  {
    family: "simulated-outflow",
    match: /simulation.?outflow/,
    sentence: "Simulated on your node, this sends your assets to an address you have not dealt with, and nothing comes back."
  },
  { family: "simulation-mismatch", match: /simulation.?disagree/, sentence: "Simulated on your node, this does something other than what the request itself says." },
  { family: "revert", match: /revert/, sentence: "Simulated on your node, this transaction would fail: you would pay gas for nothing." },
  // Facts that could not be read say so; the broader "chain" family below would call this a network mismatch.
  {
    family: "chain-facts-unavailable",
    match: /chain.?facts/,
    sentence:
      "Mamori could not read on-chain facts (contract code, account history, token details) from your node, so the checks that need them did not run; the verdict is based on the request alone."
  },
  // Before "eip7702", whose pattern also matches "delegatecall".
  {
    family: "safe-delegatecall",
    match: /delegate.?call/,
    sentence: "This Safe transaction runs another contract's code inside your Safe (a delegatecall), which can change its owners or move everything it holds."
  },
  {
    family: "eip7702",
    match: /7702|delegat|authori[sz]ation/,
    sentence: "This would hand control of your whole account to a contract (an EIP-7702 delegation). No normal website needs this."
  },
  {
    family: "approval-for-all",
    match: /approval.?for.?all|setapprovalforall|operator/,
    sentence: "This gives another address control of every NFT you own in this collection."
  },
  {
    family: "permit",
    match: /permit/,
    sentence: "This is an off-chain permission (a permit). Signing costs no gas, yet it can let the spender take your tokens later."
  },
  {
    family: "unlimited-approval",
    match: /unlimited|infinite|max.?(approv|allow)/,
    sentence: "This lets the spender move all of this token from your wallet, with no limit."
  },
  {
    family: "spender-eoa",
    match: /eoa|plain.?wallet|not.?a.?contract/,
    sentence: "The address that would get the permission is a plain wallet, not an app's contract. Real apps almost never ask for this; thieves do."
  },
  { family: "approval", match: /approv|allowance/, sentence: "This gives another address permission to spend your tokens." },
  // Before "blind-signature", whose pattern matches "blind".
  {
    family: "bulk-listing",
    match: /bulk.?listing/,
    sentence: "This lists many of your NFTs for sale at once, with the orders hidden behind one hash, for a site that is not the marketplace's own."
  },
  {
    family: "blind-signature",
    match: /eth.?sign\b|eth_sign$|blind|raw.?hash/,
    sentence: "This asks you to sign an unreadable hash. It could be a transaction or a permission in disguise."
  },
  {
    family: "lookalike-site",
    match: /lookalike|look.?alike/,
    sentence: "The site asking has an address made to look like a well-known app's, but it is not that app: a common phishing trick."
  },
  {
    family: "wrong-site",
    match: /siwe|domain|origin|phish|another.?site/,
    sentence: "The message is meant for a different website than the one asking you to sign it."
  },
  {
    family: "nft-order",
    match: /order|seaport|listing|offer/,
    sentence: "This is a marketplace order. Check what you give away and what, if anything, you receive."
  },
  { family: "known-scam", match: /claim|blocklist|drain|scam|selector/, sentence: 'The request calls a function known from fake "claim" scams.' },
  {
    family: "value-to-token",
    match: /value.?to.?token|send.?to.?token/,
    sentence: "This sends coins straight to a token contract, where they are usually lost."
  },
  {
    family: "new-contract",
    match: /new.?contract|unverified|unknown.?contract|fresh|young/,
    sentence: "The contract is new or unknown, so there is little history to judge it by."
  },
  { family: "wrong-chain", match: /chain.?(mismatch|id)|wrong.?chain|other.?chain/, sentence: "The request is for a different network than the one you expect." },
  { family: "batch", match: /batch|sendcalls|5792/, sentence: "This bundles several actions into one signature; each one was checked." },
  { family: "simulation", match: /simulation.?unavailable|simulat/, sentence: "Mamori could not simulate this request, so its effects were not checked." },
  { family: "decode", match: /decod|parse|malformed/, sentence: "Mamori could not decode this request, so it could not check what it does." }
]

const HEADLINES: Record<Verdict, string> = {
  danger: "Mamori's rules found a serious risk in this request. Rejecting it is the safe choice.",
  warning: "Mamori's rules found something you should check before you continue.",
  safe: "Mamori's rules found no known problem with this request. That is not a guarantee: continue only if you expected it.",
  unknown: "Mamori could not fully check this request. Continue only if you know exactly what it does."
}

/** The fixed opening sentence for a verdict. */
export function verdictHeadline(verdict: Verdict): string {
  return HEADLINES[verdict]
}

/** The family a rule id belongs to, or undefined when no template covers it. */
export function findingFamily(id: string): string | undefined {
  const key = id.toLowerCase()
  return FAMILIES.find((f) => f.match.test(key))?.family
}

/** The plain-words sentence for a finding's family, or undefined when none matches. */
export function findingSentence(id: string): string | undefined {
  const key = id.toLowerCase()
  return FAMILIES.find((f) => f.match.test(key))?.sentence
}
