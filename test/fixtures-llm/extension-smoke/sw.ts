/** Service worker of the smoke extension: hosts the real web-llm engine, and an engine double on a second port. */
import { EngineDouble } from "../../../src/llm/engineDouble"
import { CustomModelStore } from "../../../src/models/customModelStore"
import { probeWebGpu } from "../../../background/llm/probeWebGpu"
import { startLlmHost } from "../../../background/llm/serviceWorkerHost"
import { WebLlmEngine } from "../../../background/llm/webLlmEngine"
import { chromeStorageKv } from "./chromeStorageKv"

const store = new CustomModelStore(chromeStorageKv)
// Headless Chromium only has SwiftShader: allow it, as a test may (the product default refuses it).
const engine = new WebLlmEngine({ customModels: () => store.list(), allowFallbackAdapter: true })
const double = new EngineDouble({
  reply: (msgs) => (msgs.at(-1)?.content === "long" ? "word ".repeat(400) : "Signing lets the spender take your tokens. Reject it."),
  delayMs: 5
})
startLlmHost(engine)
startLlmHost(double, { portName: "mamori-llm-double" })

Object.assign(globalThis, { smoke: { engine, double, store, probeWebGpu, startedAt: Date.now() } })
