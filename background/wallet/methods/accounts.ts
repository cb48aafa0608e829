import { connectReview } from "~src/wallet/consentReview"
import { permissionsOf } from "~src/wallet/sites"
import { invalidParams, unauthorized, userDenied } from "~src/wallet/rpcErrors"

import { askInWindow } from "../askInWindow"
import { addSite, loadSites, removeSite } from "../sitesStore"
import { walletStatus } from "../vaultStore"
import { type RpcContext, visibleAccounts } from "./context"

/** `eth_requestAccounts`: the accounts, after the user connects the site in Mamori's window (once per site). */
export async function requestAccounts(ctx: RpcContext): Promise<string[]> {
  const shown = await visibleAccounts(ctx.origin)
  if (shown.length) return lower(shown)
  const status = await walletStatus()
  if (status.kind === "none") throw unauthorized("Mamori has no wallet yet. Create one from the toolbar.")
  if (status.kind === "locked") throw unauthorized("Mamori's wallet is locked. Unlock it from the toolbar, then connect again.")
  const answer = await askInWindow({
    origin: ctx.origin,
    tabId: ctx.tabId,
    documentId: ctx.documentId,
    request: { method: "eth_requestAccounts" },
    outcome: connectReview(ctx.origin, status.selected)
  })
  if (!answer.allow) throw userDenied("account authorization", answer.reason)
  await addSite(ctx.origin, [status.selected])
  return lower(await visibleAccounts(ctx.origin))
}

/** `wallet_requestPermissions` (EIP-2255) for `eth_accounts`, the only permission Mamori grants. */
export async function requestPermissions(ctx: RpcContext, params: unknown) {
  const asked = Array.isArray(params) ? params[0] : undefined
  if (!asked || typeof asked !== "object" || Object.keys(asked).some((k) => k !== "eth_accounts")) throw invalidParams("Mamori only grants the eth_accounts permission.")
  await requestAccounts(ctx)
  return getPermissions(ctx)
}

export async function getPermissions(ctx: RpcContext) {
  return permissionsOf(await loadSites(), ctx.origin, await visibleAccounts(ctx.origin))
}

/** `wallet_revokePermissions`: the site forgets its connection (also from the popup). */
export async function revokePermissions(ctx: RpcContext): Promise<null> {
  await removeSite(ctx.origin)
  return null
}

const lower = (a: string[]) => a.map((x) => x.toLowerCase())
