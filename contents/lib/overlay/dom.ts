/** A tiny element builder. Text is always set through textContent: page strings are data, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (props.class) node.className = props.class
  if (props.text !== undefined) node.textContent = props.text
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v)
  for (const c of children) if (c) node.append(c)
  return node
}

/** Caps a page-supplied string for display. */
export const cap = (s: unknown, n = 400): string => {
  const text = typeof s === "string" ? s : (JSON.stringify(s) ?? String(s))
  return text.length > n ? `${text.slice(0, n)}… (${text.length - n} more characters)` : text
}
