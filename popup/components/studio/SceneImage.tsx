/** A scene's SVG, drawn as the browser draws the token's on-chain image (vector, crisp edges at any size). */
export function SceneImage({ svg, testId, size = 256 }: { svg: string; testId: string; size?: number }) {
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      width={size}
      height={size}
      alt="scene"
      data-testid={testId}
      data-svg={svg}
      style={{ width: size, height: size, display: "block", margin: "6px auto" }}
    />
  )
}
