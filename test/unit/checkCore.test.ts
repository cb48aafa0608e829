import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

import { checkCore, coreProblems } from "../../scripts/check-core.mjs"

describe("check-core (src/ stays pure)", () => {
  it("finds nothing in the real src/", () => {
    expect(checkCore(fileURLToPath(new URL("../../", import.meta.url)))).toEqual([])
  })

  it("refuses imports from outside src/, node built-ins and browser APIs", () => {
    const file = "src/shield/x.ts"
    expect(coreProblems(file, 'import { a } from "../../background/shield/stores"')).toEqual([`${file}: imports ../../background/shield/stores from outside src/`])
    expect(coreProblems(file, 'import type { B } from "~background/messages/ping"')).toHaveLength(1)
    expect(coreProblems(file, 'import { readFileSync } from "node:fs"')).toEqual([`${file}: imports the node built-in node:fs`])
    expect(coreProblems(file, "const id = chrome.runtime.id")).toEqual([`${file}: uses chrome.*`])
    expect(coreProblems(file, "const c = (globalThis as any).chrome?.storage")).toEqual([`${file}: uses chrome.*`])
    expect(coreProblems(file, "document.body.append(x)")).toEqual([`${file}: uses document.*`])
    expect(coreProblems(file, '/// <reference lib="dom" />')).toEqual([`${file}: references dom types`])
  })

  it("accepts core imports, and words in comments and strings", () => {
    const ok = [
      'import { x } from "./y"',
      'import { z } from "../audit/types"',
      'import { w } from "~src/limits"',
      'import { keccak256 } from "viem"',
      "// chrome.runtime is not used here",
      'const s = "see window.ethereum"',
      "const commitWindow = w.expiresAfter"
    ]
    for (const line of ok) expect(coreProblems("src/shield/x.ts", line)).toEqual([])
  })
})
