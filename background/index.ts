// Mamori's service worker. Message handlers live one per file in background/messages/ (Plasmo registers them);
// this entry only wires start-up work.
import { startLlmInBackground } from "./llm/startLlmInBackground"
import { onServiceWorkerStart } from "./lifecycle"
import { dropStaleGuardRegistration } from "./shield/dropStaleGuardRegistration"
import { startReviewPort } from "./shield/reviewPort"
import { startReviewWindow } from "./shield/reviewWindow"
import { startStudio } from "./studio/start"
import { startWallet } from "./wallet/start"

onServiceWorkerStart()
startReviewWindow()
startReviewPort()
dropStaleGuardRegistration()
startStudio()
startLlmInBackground()
startWallet()
