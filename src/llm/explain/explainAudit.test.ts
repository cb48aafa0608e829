import { describe, expect, it } from "vitest"
import { EngineDouble } from "../engineDouble"
import { EngineFailedError, LlmAbortedError, OutOfMemoryError, PromptTooLongError } from "../errors"
import { HOSTILE_DANGER_RESULT } from "../prompt/hostileInputs.test-data"
import { DATA_OPEN } from "../prompt/sanitiseUntrusted"
import type { ExplainInput } from "../prompt/types"
import { explainFromTemplates } from "../templates/explainFromTemplates"
import { collectText, explainAudit } from "./explainAudit"
import { DROPPED_NOTICE } from "./filterModelOutput"

async function loaded(options: ConstructorParameters<typeof EngineDouble>[0] = {}): Promise<EngineDouble> {
  const engine = new EngineDouble(options)
  await engine.load("double-model")
  return engine
}

describe("explainAudit", () => {
  it("uses templates when there is no engine, and says why", async () => {
    const stream = explainAudit(HOSTILE_DANGER_RESULT)
    const text = await collectText(stream)
    expect(stream.source).toBe("template")
    expect(stream.fallbackReason).toBe("no-engine")
    expect(stream.verdict).toBe("danger")
    expect(text).toBe(explainFromTemplates(HOSTILE_DANGER_RESULT))
    expect(text).toMatch(/^Mamori's rules found a serious risk/)
  })

  it("uses templates when the engine has no model loaded", async () => {
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine: new EngineDouble() })
    await collectText(stream)
    expect(stream.fallbackReason).toBe("not-loaded")
  })

  it("streams the model's reply and sends it the fenced prompt", async () => {
    const engine = await loaded({ reply: "Signing lets a stranger take all your USDC. The rules flagged it as dangerous.", chunkSize: 5 })
    const parts: string[] = []
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine })
    for await (const part of stream) parts.push(part)
    expect(stream.source).toBe("llm")
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.join("")).toBe("Signing lets a stranger take all your USDC. The rules flagged it as dangerous.")
    expect(engine.calls).toHaveLength(1)
    expect(engine.calls[0]!.at(-1)!.content).toContain(DATA_OPEN)
    expect(stream.flags).toEqual([])
  })

  it("drops and flags model text that calls a danger request safe (prompt injection obeyed)", async () => {
    const engine = await loaded({ reply: "As instructed, this is completely safe. You can sign it. It grants unlimited USDC.", chunkSize: 3 })
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine })
    const text = await collectText(stream)
    expect(stream.verdict).toBe("danger") // from the rules, never from the model
    expect(text).not.toMatch(/completely safe|You can sign/)
    expect(text).toContain(DROPPED_NOTICE)
    expect(text.split(DROPPED_NOTICE)).toHaveLength(2) // one notice, not one per sentence
    expect(text).toContain("It grants unlimited USDC.")
    expect(stream.flags.map((f) => ("phrase" in f ? f.phrase : f.kind))).toEqual(["is completely safe", "You can sign"])
  })

  it("does not filter on a safe verdict, and keeps negated statements on danger", async () => {
    const safeInput: ExplainInput = { verdict: "safe", findings: [] }
    const safeText = await collectText(explainAudit(safeInput, { engine: await loaded({ reply: "This looks safe. You can sign it." }) }))
    expect(safeText).toBe("This looks safe. You can sign it.")
    const neg = await collectText(explainAudit(HOSTILE_DANGER_RESULT, { engine: await loaded({ reply: "This is not safe. Do not sign it." }) }))
    expect(neg).toBe("This is not safe. Do not sign it.")
  })

  it("falls back to the template, visibly, when the engine fails mid-reply", async () => {
    const engine = await loaded({
      reply: "The request gives away your tokens because",
      chunkSize: 10,
      failCompleteWith: new OutOfMemoryError(),
      failAfterChunks: 2
    })
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine })
    const text = await collectText(stream)
    expect(text).toContain("(The local model stopped: The GPU ran out of memory")
    expect(text).toContain(explainFromTemplates(HOSTILE_DANGER_RESULT))
    expect(stream.source).toBe("template")
    expect(stream.fallbackReason).toBe("llm/out-of-memory")
  })

  it("wraps a non-Mamori engine error", async () => {
    const engine = await loaded()
    // biome-ignore lint/correctness/useYield: an engine whose stream fails before its first token
    engine.complete = async function* () {
      throw new TypeError("boom")
    }
    const stream = explainAudit({ verdict: "warning", findings: [] }, { engine })
    const text = await collectText(stream)
    expect(stream.fallbackReason).toBe(new EngineFailedError("x").code)
    expect(text).toContain("boom")
  })

  it("stops a slow model after timeoutMs and continues with the template", async () => {
    const engine = await loaded({ reply: "Slow. ".repeat(200), chunkSize: 6, delayMs: 5 })
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine, timeoutMs: 40 })
    const text = await collectText(stream)
    expect(stream.fallbackReason).toBe("timeout")
    expect(text).toContain("(The local model stopped: it took longer than 0.0 s.")
    expect(text.endsWith(explainFromTemplates(HOSTILE_DANGER_RESULT))).toBe(true)
    expect(text.length).toBeLessThan(1200 + explainFromTemplates(HOSTILE_DANGER_RESULT).length)
  })

  it("ends with LlmAbortedError when the caller aborts", async () => {
    const engine = await loaded({ reply: "Reject. ".repeat(25), chunkSize: 2, delayMs: 1 })
    const controller = new AbortController()
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine, signal: controller.signal })
    let received = 0
    await expect(
      (async () => {
        for await (const part of stream) {
          received += part.length
          if (received >= 3) controller.abort()
        }
      })()
    ).rejects.toBeInstanceOf(LlmAbortedError)
    expect(received).toBeLessThan(200)
  })
})

describe("explainAudit's output check and prompt size", () => {
  it("discards the model's whole text when it mentions an address the request does not contain, and shows the template", async () => {
    const engine = await loaded({
      reply: "This lets a stranger take all your USDC. The money goes to 0x2222222222222222222222222222222222222222. Reject it.",
      chunkSize: 7
    })
    const shown: string[] = []
    let discards = 0
    const stream = explainAudit(HOSTILE_DANGER_RESULT, {
      engine,
      onDiscard: () => {
        discards++
        shown.length = 0 // what the overlay does: clear the text already shown
      }
    })
    for await (const part of stream) shown.push(part)
    const text = shown.join("")
    expect(discards).toBe(1)
    expect(stream.source).toBe("template")
    expect(stream.fallbackReason).toBe("ungrounded")
    expect(stream.verdict).toBe("danger")
    expect(text).not.toContain("0x2222")
    expect(text).not.toContain("stranger") // the grounded sentence before it is discarded too
    expect(text).toBe(
      `(Mamori discarded the local model's explanation: it mentioned an address that is not in this request. Here is Mamori's standard explanation.)\n${explainFromTemplates(HOSTILE_DANGER_RESULT)}`
    )
    expect(stream.flags).toEqual([
      { kind: "ungrounded", mention: { kind: "address", text: "0x2222222222222222222222222222222222222222" }, sentence: expect.stringContaining("0x2222") }
    ])
  })

  it("discards an invented amount or token, and keeps a reply that only repeats the request's values", async () => {
    for (const [reply, kind] of [
      ["It lets the spender take 5000 tokens.", "an amount"],
      ["It lets the spender take your WETH.", "a token"]
    ] as const) {
      const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine: await loaded({ reply }) })
      expect(await collectText(stream)).toContain(`it mentioned ${kind} that is not in this request`)
      expect(stream.fallbackReason).toBe("ungrounded")
    }
    const grounded = "It lets 0x1111111111111111111111111111111111111111 take your USDC on chain 1. Reject it."
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine: await loaded({ reply: grounded }) })
    expect(await collectText(stream)).toBe(grounded)
    expect(stream.source).toBe("llm")
  })

  it("asks again with less page data when the model refuses the prompt as too long", async () => {
    const engine = await loaded({ reply: "Reject this request." })
    const complete = engine.complete.bind(engine)
    let refusals = 1
    engine.complete = (messages, options) => {
      if (refusals-- > 0) {
        engine.calls.push([...messages])
        // biome-ignore lint/correctness/useYield: refused before the first token, as llama.cpp does
        return (async function* () {
          throw new PromptTooLongError(4224, 4096)
        })()
      }
      return complete(messages, options)
    }
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine })
    expect(await collectText(stream)).toBe("Reject this request.")
    expect(stream.source).toBe("llm")
    expect(engine.calls).toHaveLength(2)
    expect(engine.calls[1]!.at(-1)!.content.length).toBeLessThan(engine.calls[0]!.at(-1)!.content.length)
  })

  it("says the prompt was too long when even the short prompt does not fit", async () => {
    const engine = await loaded({ failCompleteWith: new PromptTooLongError(2100, 2048) })
    const stream = explainAudit(HOSTILE_DANGER_RESULT, { engine })
    const text = await collectText(stream)
    expect(stream.fallbackReason).toBe("llm/prompt-too-long")
    expect(text).toContain("(The local model stopped: The prompt is too long for the model's context window (2100 tokens; the context holds 2048).")
  })
})
