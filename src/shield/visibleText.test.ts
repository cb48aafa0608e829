import { describe, expect, it } from "vitest"

import { hasHiddenText, visibleText } from "./visibleText"

describe("visibleText", () => {
  it("keeps lines, and makes bidi, zero-width and control characters visible", () => {
    expect(visibleText("Sign in\nto example.org")).toBe("Sign in\nto example.org")
    expect(visibleText("a\u202Etxet\u202Cb")).toBe("a⟨U+202E⟩txet⟨U+202C⟩b")
    expect(visibleText("personal\u200bsign\u0000")).toBe("personal⟨U+200B⟩sign⟨U+0000⟩")
    expect(visibleText("tag\u{E0041}")).toBe("tag⟨U+E0041⟩")
    expect(hasHiddenText("plain\ntext")).toBe(false)
    expect(hasHiddenText("x\u2066y")).toBe(true)
    expect(hasHiddenText("a\uFFFDb")).toBe(true)
  })

  it("shows a run of empty lines as one marker line, so what follows stays in view", () => {
    const spoof = `Sign in to 127.0.0.1${"\n".repeat(40)}I authorize transfer of all my NFTs.`
    expect(visibleText(spoof)).toBe("Sign in to 127.0.0.1\n⟨39 empty lines⟩\nI authorize transfer of all my NFTs.")
    expect(visibleText("a\n\nb")).toBe("a\n\nb")
    expect(visibleText("a\n \n\t\nb")).toBe("a\n⟨2 empty lines⟩\nb")
    expect(hasHiddenText(spoof)).toBe(true)
  })
})
