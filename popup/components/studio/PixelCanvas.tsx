import { useEffect, useRef } from "react"

import type { Rgb } from "~src/art/palette"
import { renderRgba } from "~src/art/render"

const toHex = (p: Uint8Array) => Array.from(p, (v) => v.toString(16)).join("")

/** 32×32 palette indices drawn 8× with nearest-neighbour; the indices are exposed for tests as data-pixels. */
export function PixelCanvas({ pixels, palette, testId }: { pixels: Uint8Array; palette: readonly Rgb[]; testId: string }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const ctx = ref.current?.getContext("2d")
    if (!ctx) return
    ctx.putImageData(new ImageData(new Uint8ClampedArray(renderRgba(pixels, palette, 8)), 256, 256), 0, 0)
  }, [pixels, palette])
  return (
    <canvas
      ref={ref}
      width={256}
      height={256}
      data-testid={testId}
      data-pixels={toHex(pixels)}
      style={{ imageRendering: "pixelated", width: 256, height: 256, display: "block", margin: "6px auto" }}
    />
  )
}
