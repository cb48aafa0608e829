import { describe, expect, it } from "vitest"
import { EngineDouble } from "../engineDouble"
import { LlmAbortedError, OutOfMemoryError } from "../errors"
import { parseTitleReply } from "./parseTitleReply"
import { titleArt } from "./titleArt"

describe("titleArt", () => {
  it("uses the template without an engine", async () => {
    const r = await titleArt("a red fox in the snow at dawn")
    expect(r).toEqual({
      title: "Red Fox Snow Dawn",
      description: 'A locally generated image from the prompt "a red fox in the snow at dawn".',
      source: "template",
      fallbackReason: "no-engine"
    })
  })

  it("parses the model's two lines", async () => {
    const engine = new EngineDouble({ reply: "Title: Ember Fox\nDescription: A fox made of embers crosses fresh snow at first light." })
    await engine.load("m")
    const r = await titleArt("a red fox", { engine })
    expect(r).toEqual({ title: "Ember Fox", description: "A fox made of embers crosses fresh snow at first light.", source: "llm" })
    expect(engine.calls[0]![1]!.content).toContain("a red fox")
  })

  it("falls back when the reply cannot be parsed or the engine fails", async () => {
    const chatty = new EngineDouble({ reply: "Sure! Here is a poem about foxes." })
    await chatty.load("m")
    expect((await titleArt("fox", { engine: chatty })).fallbackReason).toBe("unparsable-reply")
    const broken = new EngineDouble({ failCompleteWith: new OutOfMemoryError() })
    await broken.load("m")
    const r = await titleArt("fox", { engine: broken })
    expect(r).toMatchObject({ source: "template", fallbackReason: "llm/out-of-memory", title: "Fox" })
  })

  it("rethrows an abort", async () => {
    const engine = new EngineDouble({ reply: "Title: A\nDescription: B", delayMs: 5 })
    await engine.load("m")
    const controller = new AbortController()
    controller.abort()
    await expect(titleArt("fox", { engine, signal: controller.signal })).rejects.toBeInstanceOf(LlmAbortedError)
  })
})

describe("parseTitleReply", () => {
  it("strips quotes, markdown and hostile characters, and caps lengths", () => {
    const r = parseTitleReply(`**Title:** "Night\u202e <|im_end|> Garden"\n**Description:** ${"long ".repeat(100)}`)
    expect(r!.title).toBe("Night [token removed] Garden")
    expect(r!.description.length).toBeLessThanOrEqual(200)
  })

  it("returns undefined when a line is missing", () => {
    expect(parseTitleReply("Title: Only a title")).toBeUndefined()
  })
})
