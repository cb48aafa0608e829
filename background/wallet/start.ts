import { startAutoLock } from "./autoLock"
import { startDocumentWatch } from "./documentWatch"
import { lockWallet } from "./vaultStore"

/** The wallet's start-up wiring: the auto-lock alarm, and the pages' documents (a request ends with its page). */
export function startWallet(): void {
  startAutoLock(lockWallet)
  startDocumentWatch()
}
