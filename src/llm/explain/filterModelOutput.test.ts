import { describe, expect, it } from "vitest"
import { DROPPED_NOTICE, filterModelOutput, type OutputFlag } from "./filterModelOutput"
import { findVerdictContradiction } from "./findVerdictContradiction"

async function run(deltas: string[], verdict: "danger" | "warning" | "safe" | "unknown") {
  const flags: OutputFlag[] = []
  async function* source() {
    yield* deltas
  }
  let out = ""
  for await (const part of filterModelOutput(source(), verdict, (f) => flags.push(f))) out += part
  return { out, flags }
}

describe("findVerdictContradiction", () => {
  it.each([
    "This transaction is safe.",
    "It looks perfectly harmless",
    "It is safe to sign.",
    "Go ahead and approve it.",
    "There is no risk here.",
    "You can ignore the warning.",
    "The verdict is wrong.",
    "This is a false positive."
  ])("flags %j on a danger verdict", (sentence) => {
    expect(findVerdictContradiction(sentence, "danger")).toBeDefined()
    expect(findVerdictContradiction(sentence, "safe")).toBeUndefined()
  })

  it.each(["This is not safe.", "It isn't harmless at all.", "Do not sign this.", "Reject it: the spender could drain your wallet."])("leaves %j alone", (sentence) => {
    expect(findVerdictContradiction(sentence, "danger")).toBeUndefined()
  })
})

describe("filterModelOutput", () => {
  it("holds text only until its sentence ends, even across deltas", async () => {
    const { out, flags } = await run(["This is s", "afe. Rej", "ect it.\nDone"], "warning")
    expect(out).toBe(`${DROPPED_NOTICE} Reject it.\nDone`)
    expect(flags).toHaveLength(1)
    expect(flags[0]!.sentence).toBe("This is safe.")
  })

  it("catches a claim split across lines or sentences", async () => {
    const lines = await run(["Reject this.\nIt is\nsafe", " to sign, though."], "danger")
    expect(lines.out).toBe(`Reject this.\n${DROPPED_NOTICE}`)
    const split = await run(["Reject this. You can", "\n\nsign it. Bye."], "danger")
    expect(split.flags).toHaveLength(1)
    expect(split.out).not.toContain("sign it")
    expect(split.out).toContain("Bye.")
  })

  it("checks the trailing text without a final full stop", async () => {
    const { out } = await run(["Everything is fine"], "unknown")
    expect(out).toBe(DROPPED_NOTICE)
  })

  it("passes decimals and abbreviations through intact", async () => {
    const { out } = await run(["It sends 1.5 ETH to 0xabc… e.g. a drainer."], "danger")
    expect(out).toBe("It sends 1.5 ETH to 0xabc… e.g. a drainer.")
  })
})

describe("filterModelOutput on long runs without a full stop (small models)", () => {
  async function* words(text: string) {
    for (const w of text.split(/(?<= )/)) yield w
  }
  it("releases the text in parts as it streams, and still drops a claim that straddles a part", async () => {
    const run = `${"the approval lets the spender move your token and ".repeat(6)}you can sign it now and ${"the page asks for more ".repeat(5)}`
    const parts: string[] = []
    const flags: OutputFlag[] = []
    for await (const part of filterModelOutput(words(run), "danger", (f) => flags.push(f))) parts.push(part)
    expect(parts.length).toBeGreaterThanOrEqual(3)
    const shown = parts.join("")
    expect(flags.map((f) => ("phrase" in f ? f.phrase : f.kind).toLowerCase())).toContain("you can sign")
    expect(shown).toContain(DROPPED_NOTICE)
    expect(shown).not.toMatch(/can sign/)
  })
})
