/**
 * A power over the user's assets or account given to a party that is not a known contract (Rabby-style
 * policy, read from effects so it covers every shape: approve, permits, Permit2, operator grants, position
 * managers, credit delegation, grants read from unknown typed data by field roles). Danger when unlimited,
 * long-lived (more than 30 days) or total (operator, manager, credit delegation); warning when bounded and short.
 */
import { short } from "../normalize/hex"
import { partyOf } from "../effects/parties"
import type { GrantEffect } from "../effects/types"
import type { Rule } from "./rule"
import { finding } from "./rule"
import { tokenLabel } from "./helpers"
import { isOpenExecutor } from "../known/protocolContracts"

const MONTH = 30 * 24 * 3600
const ASSET_POWERS = new Set(["allowance", "transfer-signature", "operator", "manager", "credit-delegation"])
const TOTAL = new Set(["operator", "manager", "credit-delegation"])

export const grantToUnknownParty: Rule = {
  id: "grant-to-unknown-party",
  severity: "danger",
  description: "A spending, operator, manager or borrowing power given to an address that is not a known contract (danger when unlimited, long-lived or total).",
  check(a) {
    const grants = a.effects.filter(
      (e): e is GrantEffect =>
        e.type === "grant" &&
        e.source === "request" &&
        ASSET_POWERS.has(e.power) &&
        e.to !== undefined &&
        partyOf(a, e.to) !== "user" &&
        (partyOf(a, e.to) !== "known" || isOpenExecutor(e.to))
    )
    const out = []
    for (const g of grants.slice(0, 5)) {
      const longLived = g.untilWasMs || (g.until !== undefined && g.until - a.nowSec > MONTH) || (g.until === undefined && g.via.includes("signature"))
      const severe = TOTAL.has(g.power) || g.unlimited || longLived
      // No asset named (a call carried in signed text, an unread function): "tokens", never the native coin.
      const what = g.asset?.kind === "erc721" ? `NFTs of ${short(g.asset.token)}` : g.asset?.token ? tokenLabel(a, g.asset.token) : "tokens"
      const power =
        g.power === "manager"
          ? "full control of your position"
          : g.power === "credit-delegation"
            ? "borrowing in your name"
            : g.power === "operator"
              ? `every ${what}`
              : g.unlimited
                ? `unlimited ${what}`
                : `some of your ${what}`
      out.push(
        finding(
          this,
          severe ? `Gives ${short(g.to)} power over ${power}` : `Allowance to an unknown spender (${short(g.to)})`,
          `${g.via[0].toUpperCase()}${g.via.slice(1)} gives ${short(g.to)}, which is not a contract the Shield knows, ${power}${g.until !== undefined && !longLived ? " for a short time" : longLived ? " for a long time" : ""}.`,
          severe ? "danger" : "warning"
        )
      )
    }
    return out
  }
}
