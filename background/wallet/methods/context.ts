import { getAddress, isAddress, type Address } from "viem"

import { accountsFor } from "~src/wallet/sites"
import { RPC_CODES, WalletRpcError, invalidParams, unauthorized } from "~src/wallet/rpcErrors"

import { loadSites } from "../sitesStore"
import { walletStatus } from "../vaultStore"

/** Who is asking: the page's origin and tab exactly as Chromium reported the sending frame. */
export type RpcContext = { origin: string; tabId: number; documentId?: string }

/** The accounts this site may see right now: none while the wallet is locked or the site is not connected. */
export async function visibleAccounts(origin: string): Promise<Address[]> {
  const status = await walletStatus()
  if (status.kind !== "unlocked") return []
  return accountsFor(
    await loadSites(),
    origin,
    status.accounts.map((a) => a.address),
    status.selected
  )
}

/**
 * The account a signing request may use: connected to this site, in the wallet, and the wallet unlocked.
 * `asked` is the address the request names (must be one of them); without one, the site's first account.
 */
export async function signingAccount(ctx: RpcContext, asked?: unknown): Promise<Address> {
  const status = await walletStatus()
  if (status.kind === "none") throw unauthorized("Mamori has no wallet yet. Create one from the toolbar.")
  if (status.kind === "locked") throw unauthorized("Mamori's wallet is locked. Unlock it from the toolbar and try again.")
  const accounts = await visibleAccounts(ctx.origin)
  if (!accounts.length) throw unauthorized("This site is not connected to Mamori. Connect first (eth_requestAccounts).")
  if (asked === undefined || asked === null) return accounts[0]!
  if (typeof asked !== "string" || !isAddress(asked)) throw invalidParams("The request does not name a valid address.")
  const address = getAddress(asked)
  if (!accounts.includes(address)) throw new WalletRpcError(RPC_CODES.unauthorized, "This site may not use that account.")
  return address
}
