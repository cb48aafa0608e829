/** Start-up work of the service worker; kept apart so the entry file stays thin. */
export function onServiceWorkerStart(): void {
  chrome.runtime.onInstalled.addListener((details) => {
    console.info(`[mamori] installed (${details.reason}), version ${chrome.runtime.getManifest().version}`)
  })
}
