import type { CustomModelsRequest, CustomModelsResponse } from "../../src/messaging/protocol"
import { toUiError } from "../../src/llm/uiError"
import { buildCatalogue } from "../../src/models/catalogue"
import { validateCustomGguf } from "../../src/models/gguf/validateCustomGguf"
import { validateCustomModel } from "../../src/models/validateCustomModel"
import { llmBackground } from "./startLlmInBackground"

/**
 * The custom-model registry's actions, run in the worker: `add` validates over the network (files
 * reachable, configs parse, the library is WebAssembly) before anything is stored; `remove` also deletes
 * the model's cached files. Failures come back as `error`, never thrown.
 */
export async function runCustomModelAction(request: CustomModelsRequest): Promise<CustomModelsResponse> {
  const { engine, router, customModels } = llmBackground()
  try {
    if (request?.action === "add") {
      const reservedIds = [...(await engine.appConfig()).model_list.map((r) => r.model_id), ...buildCatalogue(await customModels.list()).map((m) => m.id)]
      const options = { fetch: (url: string, init?: RequestInit) => fetch(url, init), reservedIds, timeoutMs: 15_000 }
      // A CPU model is one GGUF file, validated from its header; a WebGPU model is an MLC directory + library.
      const { checks, ...entry } = request.input?.engine === "cpu" ? await validateCustomGguf(request.input, options) : await validateCustomModel(request.input, options)
      await customModels.add(entry)
      return { entries: await customModels.list(), checks }
    }
    if (request?.action === "remove") {
      if (await customModels.get(request.id)) await router.deleteModel(request.id).catch(() => undefined)
      await customModels.remove(request.id)
    }
    return { entries: await customModels.list() }
  } catch (error) {
    return { entries: await customModels.list().catch(() => []), error: toUiError(error) }
  }
}
