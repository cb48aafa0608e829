/**
 * The model economy end to end, in Chromium with the built extension and a devnet: the Mamori account registers a
 * custom art model (options page), then in "Your models" sets its fee and royalty and launches its ERC-7641 revenue
 * token, each transaction answered in Mamori's review window. Another account (a script with real Groth16 proofs)
 * mints twice with the model, paying the fee. The registrant sees the mints and fees, snapshots, claims its revenue
 * (the exact claimable share arrives in its balance), and reads each token's ERC-2981 royalty in the page, equal to
 * royaltyInfo on-chain. A royalty above the registry's cap is refused with the reason shown, and nothing is sent.
 */
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createWalletClient, http, parseEther, stringToHex, type Address, type Hex } from "viem"
import { privateKeyToAccount } from "viem/accounts"

import { DEV_ACCOUNTS, ROOT } from "../../scripts/lib/chain"
import { modelCommitment } from "../../src/art/commitment"
import { defaultWeights, type ArtWeights } from "../../src/art/weights"
import { mamoriArtAbi } from "../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../src/chain/abi/modelRegistryAbi"
import { modelRevenueTokenAbi } from "../../src/chain/abi/modelRevenueTokenAbi"
import { encodeAigcData, encodeProof } from "../../src/chain/aigcData"
import { commitmentHash, randomSalt } from "../../src/chain/commitmentHash"
import { tokenIdOf } from "../../src/chain/tokenIdOf"
import { proveArt } from "../../src/zk/proveArt"
import { artifact } from "./support/stack"
import { continueStudioReviews, createFundedAccount, openStudio, startStudioStack, waitForJob, type StudioStack } from "./support/studio"

let stack: StudioStack
const NAME = "economy e2e weights"
const custom: ArtWeights = { ...JSON.parse(JSON.stringify(defaultWeights)), rho: defaultWeights.rho === 15 ? 13 : defaultWeights.rho + 1 }
const commitment = modelCommitment(custom)
const FEE = parseEther("0.003")
const ROYALTY_BPS = 750
const PROMPTS = ["a harbour that pays its painter", "a second harbour that pays its painter"]

beforeAll(async () => {
  stack = await startStudioStack()
})
afterAll(async () => stack?.stop())

const devnet = () => ({ id: 31337, name: "devnet", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [stack.chain.rpcUrl] } } }) as const
const wait = async (hash: Hex) => {
  const r = await stack.client.waitForTransactionReceipt({ hash })
  if (r.status !== "success") throw new Error(`reverted ${hash}`)
  return r
}

/** Another account mints `prompt` with the custom model: commit, one block, reveal with a real proof and the fee. */
async function mintFromAnotherAccount(prompt: string): Promise<void> {
  const minter = createWalletClient({ account: privateKeyToAccount(DEV_ACCOUNTS[2].privateKey), chain: devnet(), transport: http(stack.chain.rpcUrl) })
  const out = await proveArt({ prompt, weights: custom, wasm: path.join(ROOT, "assets/zk/art.wasm"), zkey: path.join(ROOT, "assets/zk/art_final.zkey") })
  const aigcData = encodeAigcData({ modelCommitment: commitment, words: out.words.map((w) => BigInt(w)) })
  const salt = randomSalt()
  await wait(await minter.writeContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(minter.account.address, prompt, salt)] }))
  await wait(
    await minter.writeContract({
      address: stack.collection,
      abi: mamoriArtAbi,
      functionName: "reveal",
      args: [stringToHex(prompt), aigcData, encodeProof(out.calldata), salt],
      value: FEE
    })
  )
}

describe("model economy", () => {
  it("register → fee, royalty, token from Your models → two paid mints by another account → snapshot, claim → royalties shown", async () => {
    const popup = await openStudio(stack.browser)
    const registrant = await createFundedAccount(popup, stack.chain, "economy-e2e")
    const options = await stack.browser.context.newPage()
    await options.setViewportSize({ width: 900, height: 1800 })
    await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`)

    // Register the custom model (the options page's art models section).
    await options.getByTestId("art-model-file").setInputFiles({ name: "custom.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(custom)) })
    await options.getByTestId("art-model-name").fill(NAME)
    await options.getByTestId("art-model-add").click()
    await options.getByTestId("art-model-register").click()
    await options.getByTestId("art-model-registered").waitFor({ timeout: 60_000 })
    const registry = (await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "REGISTRY" })) as Address

    // Your models lists it (polled every 5 s).
    const card = options.locator(`[data-testid=your-model][data-commitment="${commitment}"]`)
    await card.waitFor({ timeout: 30_000 })
    expect(await card.getByTestId("your-model-mints").textContent()).toBe("0")

    const reviewer = continueStudioReviews(stack)
    try {
      // Above the cap: refused before any review or transaction, with the reason on the page.
      const nonceBefore = await stack.client.getTransactionCount({ address: registrant })
      await card.getByTestId("your-model-royalty-input").fill("1001")
      await card.getByTestId("your-model-set-royalty").click()
      await expect.poll(() => options.getByTestId("your-models-error").textContent(), { timeout: 20_000 }).toContain("0 to 1000 basis points")
      expect(await stack.client.getTransactionCount({ address: registrant })).toBe(nonceBefore)

      await card.getByTestId("your-model-fee-input").fill("0.003")
      await card.getByTestId("your-model-set-fee").click()
      await expect.poll(() => card.getByTestId("your-model-fee").getAttribute("data-wei"), { timeout: 90_000 }).toBe(FEE.toString())
      await card.getByTestId("your-model-royalty-input").fill(String(ROYALTY_BPS))
      await card.getByTestId("your-model-set-royalty").click()
      await expect.poll(() => card.getByTestId("your-model-royalty").getAttribute("data-bps"), { timeout: 90_000 }).toBe(String(ROYALTY_BPS))

      await card.getByTestId("your-model-launch-symbol").fill("HARB")
      await card.getByTestId("your-model-launch").click()
      await card.getByTestId("your-model-token").waitFor({ timeout: 90_000 })
      const [fee, token, royaltyBps] = await stack.client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "economyOf", args: [commitment] })
      expect([fee, royaltyBps]).toEqual([FEE, BigInt(ROYALTY_BPS)])
      expect(await card.getByTestId("your-model-token").getAttribute("data-address")).toBe(token)
      expect(await stack.client.readContract({ address: token, abi: modelRevenueTokenAbi, functionName: "balanceOf", args: [registrant] })).toBe(parseEther("1000000"))
      expect(reviewer.answered()).toBeGreaterThanOrEqual(3)
      await options.screenshot({ path: artifact("model-economy-1-launched.png"), fullPage: true })

      // Another account mints twice with the model; each mint pays the fee to the revenue token.
      for (const prompt of PROMPTS) await mintFromAnotherAccount(prompt)
      expect(await stack.client.getBalance({ address: token })).toBe(2n * FEE)
      await expect.poll(() => card.getByTestId("your-model-mints").textContent(), { timeout: 30_000 }).toBe("2")
      expect(await card.getByTestId("your-model-fees").getAttribute("data-wei")).toBe((2n * FEE).toString())
      expect(await card.getByTestId("your-model-pending").getAttribute("data-wei")).toBe((2n * FEE).toString())

      // Snapshot, then claim: 80 % (the launch form's default claim share) of what arrived is the registrant's.
      await card.getByTestId("your-model-snapshot").click()
      const claimButton = card.getByTestId("your-model-claim")
      await claimButton.waitFor({ timeout: 90_000 })
      const share = (2n * FEE * 8000n) / 10_000n
      expect(await card.getByTestId("your-model-claimable").getAttribute("data-wei")).toBe(share.toString())
      const before = await stack.client.getBalance({ address: registrant })
      await claimButton.click()
      await expect.poll(() => card.getByTestId("your-model-claimable").getAttribute("data-wei"), { timeout: 90_000 }).toBe("0")
      const claims = await stack.client.getContractEvents({ address: token, abi: modelRevenueTokenAbi, eventName: "RevenueClaimed", fromBlock: 0n })
      expect(claims).toHaveLength(1)
      expect(claims[0]!.args).toMatchObject({ account: registrant, snapshotId: 1n, amount: share })
      const receipt = await stack.client.getTransactionReceipt({ hash: claims[0]!.transactionHash })
      expect((await stack.client.getBalance({ address: registrant })) - before).toBe(share - receipt.gasUsed * receipt.effectiveGasPrice)
      expect(await card.getByTestId("your-model-burn-pool").getAttribute("data-wei")).toBe((2n * FEE - share).toString())
    } finally {
      reviewer.stop()
    }

    // Royalties: on-chain royaltyInfo of each token, and the same figures on the page.
    const shown = await card
      .getByTestId("your-model-token-royalty")
      .evaluateAll((els) => els.map((e) => [e.getAttribute("data-token"), e.getAttribute("data-receiver"), e.getAttribute("data-wei")]))
    expect(shown).toHaveLength(2)
    const [, token] = await stack.client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "economyOf", args: [commitment] })
    for (const prompt of PROMPTS) {
      const id = tokenIdOf(prompt)
      const [receiver, amount] = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "royaltyInfo", args: [id, parseEther("1")] })
      expect([receiver, amount]).toEqual([token, (parseEther("1") * BigInt(ROYALTY_BPS)) / 10_000n])
      expect(shown).toContainEqual([id.toString(), receiver, amount.toString()])
    }
    await options.screenshot({ path: artifact("model-economy-2-claimed.png"), fullPage: true })
  })

  it("an optimistic mint from the Studio: no proof, the bond and the fee paid once in the reveal, the gallery says pending", async () => {
    const popup = await openStudio(stack.browser)
    const me = (await popup.getByTestId("studio-address").textContent())! as Address
    await popup.getByTestId("studio-model").locator(`option[value="${commitment}"]`).waitFor({ state: "attached", timeout: 20_000 })
    await popup.getByTestId("studio-model").selectOption(commitment.toString())
    const bond = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "optimisticBond" })
    await popup.getByTestId("studio-mint-mode-optimistic").check()
    expect(await popup.getByTestId("studio-mint-mode").textContent()).toContain(`${Number(bond) / 1e18} ETH`)
    const prompt = "an optimistic harbour, no proof needed"
    await popup.getByTestId("studio-prompt").fill(prompt)
    await popup.getByTestId("studio-generate").click()
    await popup.getByTestId("studio-preview-box").waitFor({ timeout: 30_000 })
    const registry = (await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "REGISTRY" })) as Address
    const [, token] = await stack.client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "economyOf", args: [commitment] })
    const tokenBefore = await stack.client.getBalance({ address: token })
    const reviewer = continueStudioReviews(stack)
    await popup.getByTestId("studio-mint").click()
    const job = await waitForJob(stack, prompt, (j) => j.status === "done" || j.status === "failed", 120_000).finally(() => reviewer.stop())
    expect(job.error).toBeUndefined()
    expect([job.mode, job.fee, job.bond, job.proof.proof, job.reveals.length]).toEqual(["optimistic", FEE.toString(), bond.toString(), "0x", 1])
    const id = tokenIdOf(prompt)
    const [minter, , status, held] = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "optimisticRecordOf", args: [id] })
    expect([minter, status, held]).toEqual([me, 1, bond])
    expect((await stack.client.getBalance({ address: token })) - tokenBefore).toBe(FEE)
    const reveal = await stack.client.getTransaction({ hash: job.reveals[0].tx })
    expect(reveal.value).toBe(FEE + bond)
    await popup.reload()
    await popup.getByTestId("tab-studio").click()
    const badge = popup.locator(`[data-testid=studio-gallery-item][data-token-id="${id}"] [data-testid=studio-gallery-status]`)
    await badge.waitFor({ timeout: 30_000 })
    expect(await badge.getAttribute("data-status")).toBe("pending")
    await popup.screenshot({ path: artifact("model-economy-3-optimistic.png"), fullPage: true })
  })
})
