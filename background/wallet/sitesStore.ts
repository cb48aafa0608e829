import { connectSite, parseSites, revokeSite, type ConnectedSite, type Sites } from "~src/wallet/sites"
import type { Address } from "viem"

import { getLocal, setLocal } from "../studio/storage"
import { bumpWalletEpoch } from "./epoch"

const SITES = "wallet.sites"

export async function loadSites(): Promise<Sites> {
  return parseSites(await getLocal(SITES))
}

export async function addSite(origin: string, accounts: Address[]): Promise<void> {
  await setLocal(SITES, connectSite(await loadSites(), origin, accounts, Date.now()))
  await bumpWalletEpoch()
}

export async function removeSite(origin: string): Promise<ConnectedSite[]> {
  const next = revokeSite(await loadSites(), origin)
  await setLocal(SITES, next)
  await bumpWalletEpoch()
  return Object.values(next)
}
