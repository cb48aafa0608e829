/**
 * Changes to who controls a Safe: owners added or swapped, the threshold changed, a module enabled (a
 * module moves assets without any signature), a guard or fallback handler set. Safe's own libraries are
 * noted; anything else is danger.
 */
import { short } from "../normalize/hex"
import { isSafeLibrary } from "../known/protocolContracts"
import type { GrantEffect } from "../effects/types"
import type { Rule } from "./rule"
import { finding } from "./rule"

const WHAT: Record<string, string> = {
  "safe-owner": "adds or swaps an owner of your Safe",
  "safe-threshold": "changes how many signatures your Safe needs",
  "safe-module": "enables a module that can move everything in your Safe without signatures",
  "safe-guard": "sets a guard that can block your Safe's transactions",
  "safe-fallback": "sets the fallback handler that answers for your Safe"
}

export const safeAdminChange: Rule = {
  id: "safe-admin-change",
  severity: "danger",
  description: "A Safe owner, threshold, module, guard or fallback-handler change to something other than Safe's own libraries.",
  check(a) {
    const changes = a.effects.filter((e): e is GrantEffect => e.type === "grant" && e.power.startsWith("safe-"))
    return changes
      .slice(0, 3)
      .map((g) =>
        g.to && isSafeLibrary(g.to)
          ? finding(this, "Safe setting changed to a Safe library", `This ${WHAT[g.power]}: ${short(g.to)}, one of Safe's own contracts.`, "info")
          : finding(this, "Changes who controls your Safe", `This ${WHAT[g.power]}${g.to ? ` (${short(g.to)})` : ""}. Whoever set this up can take over the Safe.`)
      )
  }
}
