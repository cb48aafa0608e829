/**
 * Earlier versions registered the guard at run time under this id (`persistAcrossSessions`). The guard is now
 * declared in the manifest; a registration left from before would inject it a second time in every frame.
 */
const OLD_GUARD_ID = "contentsGuard"

export function dropStaleGuardRegistration(): void {
  chrome.scripting
    .getRegisteredContentScripts({ ids: [OLD_GUARD_ID] })
    .then((found) => (found.length ? chrome.scripting.unregisterContentScripts({ ids: [OLD_GUARD_ID] }) : undefined))
    .catch((e) => console.warn(`Mamori could not check for an old guard registration: ${String(e)}`))
}
