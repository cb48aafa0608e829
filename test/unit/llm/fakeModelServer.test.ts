import { describe, expect, it } from "vitest"
import { validateCustomModel } from "../../../src/models/validateCustomModel"
import { startFakeModelServer } from "../../fixtures-llm/fakeModelServer"

describe("startFakeModelServer", () => {
  it("serves a good model that validates, and variants that fail", async () => {
    const models = await startFakeModelServer()
    try {
      const input = (name: Parameters<typeof models.modelUrl>[0]) => ({
        id: `m-${name}`,
        modelUrl: models.modelUrl(name),
        modelLibUrl: models.libUrl(name),
        contextWindow: 2048
      })
      const good = await validateCustomModel(input("good"), { fetch })
      expect(good.downloadBytes).toBeGreaterThan(4 * 256 * 1024)
      await expect(validateCustomModel(input("legacy-ndarray"), { fetch })).rejects.toMatchObject({ code: "llm/config-invalid" })
      await expect(validateCustomModel({ ...input("good"), modelUrl: models.unreachableModelUrl }, { fetch })).rejects.toMatchObject({
        code: "llm/model-unreachable"
      })
      expect(models.requests.some((r) => r.path === "/good/resolve/main/mlc-chat-config.json")).toBe(true)
    } finally {
      await models.close()
    }
  })
})
