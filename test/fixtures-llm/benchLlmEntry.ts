// Browser side of `npm run bench:llm`: Mamori's own CPU engine code (downloadGguf + WllamaEngine) in a
// plain page, timing the first token and the decode rate of the tiny generated model.
import { WllamaEngine } from "../../background/llm/wllamaEngine"
import { memoryArtifactStore } from "../../src/models/artifactStore"
import { downloadGguf } from "../../src/models/gguf/downloadGguf"

type Run = { firstTokenMs: number; tokens: number; decodeMs: number }

;(globalThis as any).benchLlm = async (origin: string, runs: number, maxTokens: number, threads?: number) => {
  const store = memoryArtifactStore()
  const url = `${origin}/tiny.gguf`
  await downloadGguf(url, { fetch: (u, init) => fetch(u, init), store })
  // threads: used only when the page is cross-origin isolated (else wllama runs one thread).
  const engine = new WllamaEngine({ wasmUrl: `${origin}/wllama.wasm`, store, threads })
  const t0 = performance.now()
  await engine.load(url)
  const loadMs = performance.now() - t0
  const results: Run[] = []
  const requests = ["approve unlimited USDC to a plain wallet", "send 2 ETH to a new address", "sign a Permit2 for DAI", "list an NFT for 0 ETH"]
  for (let r = 0; r < runs; r++) {
    // A different request each run, as in use: with the same prompt llama.cpp would reuse its cached
    // prefix and the first token would only time one step.
    const messages = [
      { role: "system" as const, content: "You explain wallet requests briefly." },
      { role: "user" as const, content: `Request ${r + 1}. Explain: ${requests[r % requests.length]}.` }
    ]
    const start = performance.now()
    let first = 0
    let last = 0
    let tokens = 0
    for await (const _ of engine.complete(messages, { maxTokens, temperature: 0 })) {
      last = performance.now()
      if (tokens++ === 0) first = last
    }
    results.push({ firstTokenMs: first - start, tokens, decodeMs: last - first })
  }
  const kind = engine.kind
  const ran = engine.threading().threads
  await engine.unload()
  return { loadMs, kind, threads: ran, isolated: crossOriginIsolated, results }
}
