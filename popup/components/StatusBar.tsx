import { sendToBackground } from "@plasmohq/messaging"
import { useEffect, useState } from "react"

import type { PingResponse } from "~background/messages/ping"

/** Shows whether the service worker answers; a popup must never pretend the Shield is on when it is not. */
export function StatusBar() {
  const [state, setState] = useState<{ ok: boolean; text: string }>({ ok: false, text: "Connecting…" })
  useEffect(() => {
    sendToBackground<Record<string, never>, PingResponse>({ name: "ping" })
      .then((r) => setState({ ok: true, text: `Shield on · v${r.version}` }))
      .catch((e: unknown) => setState({ ok: false, text: `Service worker not answering: ${String(e)}` }))
  }, [])
  return (
    <span className={state.ok ? "status ok" : "status down"} data-testid="sw-status">
      {state.text}
    </span>
  )
}
