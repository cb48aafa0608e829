import { isFromOffscreenDocument } from "~src/messaging/offscreen"

import { thisExtension } from "~lib/thisExtension"
import { resumeJobs } from "./jobRunner"
import { onOffscreenMessage } from "./offscreenProver"
import { scanOptimisticMints } from "./watchtower"

const ALARM = "studio-jobs"

/** Service-worker start-up for the Studio: resume mint jobs now, on every alarm tick and on browser start. */
export function startStudio(): void {
  chrome.runtime.onMessage.addListener((message, sender) => {
    // Proof results and progress count only from the offscreen document, never from a content script.
    if (isFromOffscreenDocument(sender, thisExtension())) onOffscreenMessage(message)
    return false
  })
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return
    void resumeJobs()
    // The watchtower rides the same tick; it does nothing unless "Watch optimistic mints" is on.
    void scanOptimisticMints().catch((error: unknown) => console.warn("[mamori] watchtower", error))
  })
  void chrome.alarms.get(ALARM).then((a) => (a ? undefined : chrome.alarms.create(ALARM, { periodInMinutes: 0.5 })))
  chrome.runtime.onStartup.addListener(() => void resumeJobs())
  void resumeJobs().catch((error: unknown) => console.warn("[mamori] resume jobs", error))
}
