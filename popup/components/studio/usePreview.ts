import * as ort from "onnxruntime-web"
import { useCallback, useRef, useState } from "react"

import { createArtPreviewSession, runPreview, type ArtPreviewSession } from "~src/art/onnx/runPreview"
import { palette, type Rgb } from "~src/art/palette"
import { errorMessage } from "~src/errors/base"

export type Preview = { prompt: string; pixels: Uint8Array; palette: Rgb[]; ms: number; sessionMs?: number }

/** The instant preview: onnxruntime-web (wasm, single thread) on the bundled art model, in the popup. */
export function usePreview() {
  const session = useRef<Promise<ArtPreviewSession> | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const generate = useCallback(async (prompt: string) => {
    setBusy(true)
    setError(null)
    try {
      let sessionMs: number | undefined
      if (!session.current) {
        ort.env.wasm.wasmPaths = chrome.runtime.getURL("ort/")
        ort.env.wasm.numThreads = 1
        const t = performance.now()
        session.current = createArtPreviewSession(chrome.runtime.getURL("assets/art/art.onnx")).then((s) => {
          sessionMs = Math.round(performance.now() - t)
          return s
        })
      }
      const s = await session.current
      const started = performance.now()
      const pixels = await runPreview(s, prompt)
      setPreview({ prompt, pixels, palette: [...palette(prompt)], ms: Math.round((performance.now() - started) * 100) / 100, sessionMs })
    } catch (e) {
      session.current = null
      setError(`The preview failed: ${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }, [])
  return { preview, error, busy, generate }
}
