import { onOffscreenMessage } from "./offscreenProver"
import { resumeJobs } from "./jobRunner"

const ALARM = "studio-jobs"

/** Service-worker start-up for the Studio: resume mint jobs now, on every alarm tick and on browser start. */
export function startStudio(): void {
  chrome.runtime.onMessage.addListener((message) => {
    onOffscreenMessage(message)
    return false
  })
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void resumeJobs()
  })
  void chrome.alarms.get(ALARM).then((a) => (a ? undefined : chrome.alarms.create(ALARM, { periodInMinutes: 0.5 })))
  chrome.runtime.onStartup.addListener(() => void resumeJobs())
  void resumeJobs().catch((error: unknown) => console.warn("[mamori] resume jobs", error))
}
