/**
 * A counter in chrome.storage.local that changes whenever what a page may see changes (account, chain, lock,
 * connections). Relays in every frame watch it and ask again through the normal, origin-checked message, so
 * no account or site list is ever written where a content script could read another site's data.
 */
export const WALLET_EPOCH_KEY = "wallet.epoch"

export async function bumpWalletEpoch(): Promise<void> {
  await chrome.storage.local.set({ [WALLET_EPOCH_KEY]: `${Date.now()}-${crypto.randomUUID().slice(0, 8)}` })
}
