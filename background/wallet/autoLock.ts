/** Locks the wallet after a quiet period (chrome.alarms survive a stopped service worker). */
const ALARM = "wallet-autolock"
/** Minutes without signing or unlocking before the wallet locks itself. */
export const AUTO_LOCK_MINUTES = 15

export async function armAutoLock(): Promise<void> {
  await chrome.alarms.create(ALARM, { delayInMinutes: AUTO_LOCK_MINUTES })
}

export async function disarmAutoLock(): Promise<void> {
  await chrome.alarms.clear(ALARM)
}

/** Wires the alarm to `lock`. Call once at service-worker start. */
export function startAutoLock(lock: () => Promise<unknown>): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void lock()
  })
}
