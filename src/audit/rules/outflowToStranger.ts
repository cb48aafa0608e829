/**
 * Anything that leaves the user for an address that is neither the user, a protocol contract known on
 * this chain, nor a counterparty from the user's history — outside an exchange that returns value. The
 * user's own single send is a note for the native coin (the everyday payment every wallet shows plainly)
 * and a warning for tokens and NFTs (check the recipient); the same outflow pulled by a contract,
 * paid out by a router step, carried in a batch or authorised by a signature is danger: that is how
 * drainers move assets (the 2025 7702 "approve + transfer" batches, router sweeps, Permit2 pulls).
 */
import { short } from "../normalize/hex"
import { partyOf } from "../effects/parties"
import type { Outflow } from "../effects/types"
import type { Rule } from "./rule"
import { finding } from "./rule"
import { tokenLabel } from "./helpers"

export const outflowToStranger: Rule = {
  id: "outflow-to-stranger",
  severity: "danger",
  description: "Assets leave you for an address that is not you, not a known contract and not in your history (danger unless it is your own single send).",
  check(a) {
    const hits = a.effects.filter(
      (e): e is Outflow =>
        e.type === "outflow" &&
        e.source === "request" &&
        !e.exchange &&
        e.to !== undefined &&
        e.amount !== "0" &&
        partyOf(a, e.to) === "stranger" &&
        // Coin sent along with a contract call pays for the call (a mint, a deposit): the call is judged by
        // the decoders and undecoded-call / payable-claim-call, not as a transfer.
        e.to !== "0x0000000000000000000000000000000000000000" &&
        e.via !== "value sent with a call"
    )
    if (hits.length === 0) return []
    // A bridge recipient on a non-EVM chain (a bytes32 account) cannot be related to the user: a warning.
    const foreign = hits.filter((e) => e.to!.length === 66)
    const danger = hits.filter((e) => !e.direct && e.to!.length !== 66)
    if (danger.length === 0 && foreign.length > 0) {
      return [
        finding(
          this,
          "Sends to an account on another chain",
          `${foreign[0].via[0].toUpperCase()}${foreign[0].via.slice(1)} delivers to ${foreign[0].to!.slice(0, 10)}…${foreign[0].to!.slice(-6)} on another chain, an account the Shield cannot relate to you. Make sure it is your own.`,
          "warning"
        )
      ]
    }
    const e = danger[0] ?? hits[0]
    const what =
      e.asset.kind === "native"
        ? tokenLabel(a, undefined)
        : e.asset.kind === "erc721" || e.asset.kind === "erc1155"
          ? `NFT ${short(e.asset.token)}${e.asset.tokenId ? ` #${e.asset.tokenId.slice(0, 12)}` : ""}`
          : e.asset.token
            ? tokenLabel(a, e.asset.token)
            : "what it produces"
    const recipients = [...new Set(hits.map((h) => h.to!))]
    if (danger.length === 0) {
      const severity = hits.every((h) => h.asset.kind === "native") ? "info" : "warning"
      return [
        finding(
          this,
          "Sends to an address you have not dealt with",
          `This sends ${what} to ${short(e.to)}, which is not a contract the Shield knows and not in your history. Check every character of the address.`,
          severity
        )
      ]
    }
    return [
      finding(
        this,
        `Moves your ${what} to an unknown address`,
        `${e.via[0].toUpperCase()}${e.via.slice(1)} sends ${what} to ${recipients.slice(0, 2).map(short).join(", ")}${recipients.length > 2 ? " and others" : ""}: not you, not a known contract, not in your history. Nothing comes back for it.`
      )
    ]
  }
}
