// Mamori's service worker. Message handlers live one per file in background/messages/ (Plasmo registers them);
// this entry only wires start-up work.
import { onServiceWorkerStart } from "./lifecycle"

onServiceWorkerStart()
