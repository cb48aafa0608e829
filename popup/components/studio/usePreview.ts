import { useCallback, useRef, useState } from "react"

import { ART_PIXELS } from "~src/art/constants"
import { artOnnxFeeds } from "~src/art/onnx/runPreview"
import { palette, type Rgb } from "~src/art/palette"
import type { ArtWeights } from "~src/art/weights"

export type Preview = { prompt: string; model?: string; pixels: Uint8Array; palette: Rgb[]; ms: number; sessionMs?: number }

type WorkerReply = { id: number; ok: true; pixels: Uint8Array; ms: number; sessionMs?: number } | { id: number; ok: false; message: string }

/**
 * The instant preview: the art ONNX model on onnxruntime-web (wasm, one thread) in a worker next to the
 * popup. The feeds come from src/art (the same seeds the reference and the circuit use).
 */
export function usePreview() {
  const worker = useRef<Worker | null>(null)
  const seq = useRef(0)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const generate = useCallback(async (prompt: string, model?: { commitment: string; weights: ArtWeights }) => {
    setBusy(true)
    setError(null)
    try {
      worker.current ??= new Worker(chrome.runtime.getURL("ort/ortPreviewWorker.mjs"), { type: "module" })
      const feeds = Object.fromEntries(Object.entries(artOnnxFeeds(prompt, model?.weights)).map(([name, t]) => [name, { data: t.data as Int32Array, dims: [...t.dims] }]))
      const id = ++seq.current
      const w = worker.current
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        w.onmessage = (e: MessageEvent<WorkerReply>) => e.data.id === id && resolve(e.data)
        w.onerror = (e) => reject(new Error(e.message || "the preview worker failed to start"))
        w.postMessage({ id, modelUrl: chrome.runtime.getURL("assets/art/art.onnx"), feeds })
      })
      if (!reply.ok) throw new Error(reply.message)
      if (reply.pixels.length !== ART_PIXELS) throw new Error("the model returned no image")
      setPreview({
        prompt,
        ...(model ? { model: model.commitment } : {}),
        pixels: reply.pixels,
        palette: [...palette(prompt)],
        ms: Math.round(reply.ms * 100) / 100,
        sessionMs: reply.sessionMs === undefined ? undefined : Math.round(reply.sessionMs)
      })
    } catch (e) {
      worker.current?.terminate()
      worker.current = null
      setError(`The preview failed: ${(e as Error).message}`)
    } finally {
      setBusy(false)
    }
  }, [])
  return { preview, error, busy, generate }
}
