import { startAutoLock } from "./autoLock"
import { lockWallet } from "./vaultStore"

/** The wallet's start-up wiring: the auto-lock alarm. */
export function startWallet(): void {
  startAutoLock(lockWallet)
}
