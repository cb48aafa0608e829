import type { PlasmoMessaging } from "@plasmohq/messaging"

import type { HistoryEntry } from "~src/shield/history"
import type { ShieldSettings } from "~src/shield/settings"

import { loadHistory, loadSettings } from "../shield/stores"

export type ShieldHistoryResponse = { entries: HistoryEntry[]; settings: ShieldSettings }

/** The popup's Activity view: the audit history, newest first, with the per-site settings. */
const handler: PlasmoMessaging.MessageHandler<Record<string, never>, ShieldHistoryResponse> = async (_req, res) => {
  const [entries, settings] = await Promise.all([loadHistory(), loadSettings()])
  res.send({ entries, settings })
}

export default handler
