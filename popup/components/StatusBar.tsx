import { useEffect, useState } from "react"

import { askBackground } from "~lib/askBackground"

/** Shows whether the service worker answers; a popup must never pretend the Shield is on when it is not. */
export function StatusBar() {
  const [state, setState] = useState<{ ok: boolean; text: string }>({ ok: false, text: "Connecting…" })
  useEffect(() => {
    void askBackground("ping", {}).then((r) => setState(r.ok ? { ok: true, text: `Shield on · v${r.value.version}` } : { ok: false, text: r.error.message }))
  }, [])
  return (
    <span className={state.ok ? "status ok" : "status down"} data-testid="sw-status">
      {state.text}
    </span>
  )
}
