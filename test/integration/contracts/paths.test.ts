/**
 * The guarantees on every mint path, not only the proven built-in one: the optimistic path (ERC-7007
 * Updatable) and the scene architecture's IArtArchitecture adapter. A later commitment that front-runs a delayed
 * reveal loses the token, its fee and its bond; prompts that are not UTF-8 are refused at the optimistic reveal;
 * retiring a model or an architecture stops new mints and takeovers on each path; scene model names cannot be
 * spoofed and a scene token's metadata names its model and commitment. Real Groth16 proofs when the circuit
 * artifacts exist (the scene cases need them).
 */
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bytesToHex, decodeEventLog, encodeAbiParameters, keccak256, parseEther, stringToHex, type Hex, type TransactionReceipt } from "viem"
import { ROOT } from "../../../scripts/lib/chain"
import { mamoriArtAbi } from "../../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../../src/chain/abi/modelRegistryAbi"
import { encodeProof } from "../../../src/chain/aigcData"
import { randomSalt } from "../../../src/chain/commitmentHash"
import { toChainError } from "../../../src/chain/errors"
import { commitPrompt, finaliseBond, readOptimisticRecord, revealOptimistic, revealPrompt } from "../../../src/chain"
import { encodeSceneAigcData } from "../../../src/chain/sceneAigcData"
import { tokenIdOf } from "../../../src/chain/tokenIdOf"
import { defaultWeights, type ArtWeights } from "../../../src/art/weights"
import { makeArt, mine, REAL_PROOFS, setup, type Env } from "./helpers"

const REVEAL_WINDOW = 20n
const BOND = parseEther("0.05")
const CHALLENGE_WINDOW = 3n
const FEE = parseEther("0.001")
let env: Env

type W = Env["wallets"][number]
const collection = () => env.deployment.collection

async function expectRevert(p: Promise<unknown>, name: string): Promise<void> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error, `expected ${name}`).toBeDefined()
  expect(toChainError(error).code).toBe(`chain/${name}`)
}

async function wait(hash: Hex): Promise<TransactionReceipt> {
  const r = await env.publicClient.waitForTransactionReceipt({ hash })
  expect(r.status).toBe("success")
  return r
}

/** What the account paid in gas for these receipts. */
const gasPaid = (...receipts: TransactionReceipt[]) => receipts.reduce((sum, r) => sum + r.gasUsed * r.effectiveGasPrice, 0n)

async function commitNow(w: W, prompt: string): Promise<{ salt: Hex; receipt: TransactionReceipt }> {
  const salt = randomSalt()
  const receipt = await wait((await commitPrompt(w, { collection: collection(), prompt, salt })).hash)
  return { salt, receipt }
}

function events(receipt: TransactionReceipt) {
  return receipt.logs
    .filter((l) => l.address.toLowerCase() === collection().toLowerCase())
    .flatMap((l) => {
      try {
        return [decodeEventLog({ abi: mamoriArtAbi, ...l })]
      } catch {
        return []
      }
    })
}

const ownerOf = (id: bigint) => env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "ownerOf", args: [id] })
const balance = (w: W) => env.publicClient.getBalance({ address: w!.account.address })
const registryWrite = async (w: W, functionName: string, args: readonly unknown[]) =>
  wait(await w!.writeContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName, args } as never))

function metadata(uri: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(uri.slice(uri.indexOf(",") + 1), "base64").toString("utf8")) as Record<string, unknown>
}

beforeAll(async () => {
  env = await setup(REVEAL_WINDOW)
  await wait(await env.wallets[0]!.writeContract({ address: collection(), abi: mamoriArtAbi, functionName: "setOptimisticTerms", args: [BOND, CHALLENGE_WINDOW] }))
}, 180_000)
afterAll(async () => env?.stop())

describe(`front-running on the optimistic path (${REAL_PROOFS ? "real Groth16 proofs" : "MOCK verifier"})`, () => {
  it("a later commitment minted optimistically loses the token, its fee and its bond to the victim's delayed proven reveal", async () => {
    const [owner, bob, mallory] = env.wallets
    // The default model charges a fee: the front-runner pays it and does not get it back.
    await registryWrite(owner, "setMintFee", [BigInt(env.deployment.modelCommitment), FEE])
    try {
      const victim = await makeArt("the optimistic thief's harbour")
      const id = tokenIdOf(victim.prompt)
      const bobCommit = await commitNow(bob, victim.prompt)
      await mine(env, 1)
      // Mallory read the victim's pending reveal, commits later and mints first without a proof.
      const malloryBefore = await balance(mallory)
      const malloryCommit = await commitNow(mallory, victim.prompt)
      const stolen = await wait(
        await revealOptimistic(mallory!, { collection: collection(), prompt: victim.prompt, aigcData: victim.aigcData, salt: malloryCommit.salt, value: BOND + FEE })
      )
      expect(await ownerOf(id)).toBe(mallory!.account.address)
      // Her challenge window closes, but the bond stays held while an older commitment can still reveal.
      await mine(env, Number(CHALLENGE_WINDOW) + 1)
      await expectRevert(finaliseBond(mallory!, { collection: collection(), tokenId: id }), "OptimisticMint__WindowOpen")
      // The victim's delayed reveal lands: the older commitment takes the token and Mallory's bond.
      const bobBefore = await balance(bob)
      const reveal = await wait(
        await revealPrompt(bob!, { collection: collection(), prompt: victim.prompt, aigcData: victim.aigcData, proof: victim.proof, salt: bobCommit.salt, value: FEE })
      )
      expect(await ownerOf(id)).toBe(bob!.account.address)
      const names = events(reveal).map((e) => e.eventName)
      expect(names).toEqual(expect.arrayContaining(["Reclaimed", "BondForfeited", "AigcData", "Revealed", "MintFeePaid"]))
      const forfeit = events(reveal).find((e) => e.eventName === "BondForfeited")!
      expect(forfeit.args).toMatchObject({ tokenId: id, minter: mallory!.account.address, to: bob!.account.address, bond: BOND })
      expect((await balance(bob)) - bobBefore).toBe(BOND - FEE - gasPaid(reveal))
      const record = await readOptimisticRecord(env.publicClient, { collection: collection(), tokenId: id })
      expect([record.status, record.bond]).toEqual(["superseded", 0n])
      // Nothing comes back to Mallory, now or after the token is final.
      await expectRevert(finaliseBond(mallory!, { collection: collection(), tokenId: id }), "OptimisticMint__NoBond")
      await mine(env, Number(REVEAL_WINDOW) + 1)
      await expectRevert(finaliseBond(mallory!, { collection: collection(), tokenId: id }), "OptimisticMint__NoBond")
      expect(malloryBefore - (await balance(mallory))).toBe(BOND + FEE + gasPaid(malloryCommit.receipt, stolen))
      const meta = metadata(await env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "tokenURI", args: [id] }))
      expect([meta.proof_type, meta.status]).toEqual(["validity", "verified"])
    } finally {
      await registryWrite(owner, "setMintFee", [BigInt(env.deployment.modelCommitment), 0n])
    }
  })

  it("a victim who reveals optimistically from the older commitment takes the token from a proven front-runner", async () => {
    const [, bob, mallory] = env.wallets
    const victim = await makeArt("the optimistic victim's lighthouse")
    const id = tokenIdOf(victim.prompt)
    const bobCommit = await commitNow(bob, victim.prompt)
    await mine(env, 1)
    const malloryCommit = await commitNow(mallory, victim.prompt)
    await wait(await revealPrompt(mallory!, { collection: collection(), prompt: victim.prompt, aigcData: victim.aigcData, proof: victim.proof, salt: malloryCommit.salt }))
    expect(await ownerOf(id)).toBe(mallory!.account.address)
    const receipt = await wait(await revealOptimistic(bob!, { collection: collection(), prompt: victim.prompt, aigcData: victim.aigcData, salt: bobCommit.salt, value: BOND }))
    expect(await ownerOf(id)).toBe(bob!.account.address)
    expect(events(receipt).find((e) => e.eventName === "Reclaimed")?.args).toMatchObject({ from: mallory!.account.address, to: bob!.account.address })
    const [committedAt] = await env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "standingOf", args: [id] })
    expect(committedAt).toBe(bobCommit.receipt.blockNumber)
    const record = await readOptimisticRecord(env.publicClient, { collection: collection(), tokenId: id })
    expect([record.minter, record.status, record.bond]).toEqual([bob!.account.address, "pending", BOND])
    // A commitment younger than the new holder's cannot take it back, on either path.
    const again = await commitNow(mallory, victim.prompt)
    await expectRevert(
      revealOptimistic(mallory!, { collection: collection(), prompt: victim.prompt, aigcData: victim.aigcData, salt: again.salt, value: BOND }),
      "MamoriArt__PromptAlreadyMinted"
    )
    await expectRevert(
      revealPrompt(mallory!, { collection: collection(), prompt: victim.prompt, aigcData: victim.aigcData, proof: victim.proof, salt: again.salt }),
      "MamoriArt__PromptAlreadyMinted"
    )
  })

  it("refuses a prompt that is not UTF-8 at the optimistic reveal, after a real commit", async () => {
    const [, bob] = env.wallets
    const art = await makeArt("utf-8 on the optimistic path")
    for (const bytes of [[0x61, 0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x61, 0xe2, 0x82], [0xff], [0xf4, 0x90, 0x80, 0x80]]) {
      const promptHex = bytesToHex(Uint8Array.from(bytes))
      const salt = randomSalt()
      const commitment = keccak256(encodeAbiParameters([{ type: "address" }, { type: "bytes32" }, { type: "bytes32" }], [bob!.account.address, keccak256(promptHex), salt]))
      await wait(await bob!.writeContract({ address: collection(), abi: mamoriArtAbi, functionName: "commit", args: [commitment] }))
      await expectRevert(
        env.publicClient.simulateContract({
          account: bob!.account,
          address: collection(),
          abi: mamoriArtAbi,
          functionName: "revealOptimistic",
          args: [promptHex, art.aigcData, salt],
          value: BOND
        }),
        "MamoriArt__InvalidUtf8"
      )
    }
  })

  it("a retired model mints no more optimistically, and cannot take a token over on either path", async () => {
    const [, bob, mallory] = env.wallets
    const weights: ArtWeights = JSON.parse(JSON.stringify(defaultWeights))
    weights.rho = weights.rho === 15 ? 14 : weights.rho + 1
    const fresh = await makeArt("retired on the optimistic path", weights)
    const contested = await makeArt("retired before the takeover", weights)
    await registryWrite(bob, "registerModel", [fresh.modelCommitment, 1, "retired optimistically", ""])
    // Bob commits first; Mallory commits later and mints with the default model; then Bob's model is retired.
    const bobOld = await commitNow(bob, contested.prompt)
    await mine(env, 1)
    const defaultArt = await makeArt(contested.prompt)
    const malloryCommit = await commitNow(mallory, contested.prompt)
    await wait(
      await revealPrompt(mallory!, { collection: collection(), prompt: contested.prompt, aigcData: defaultArt.aigcData, proof: defaultArt.proof, salt: malloryCommit.salt })
    )
    await registryWrite(bob, "retireModel", [fresh.modelCommitment])
    const salt = (await commitNow(bob, fresh.prompt)).salt
    await expectRevert(revealOptimistic(bob!, { collection: collection(), prompt: fresh.prompt, aigcData: fresh.aigcData, salt, value: BOND }), "MamoriArt__ModelRetired")
    await expectRevert(
      revealOptimistic(bob!, { collection: collection(), prompt: contested.prompt, aigcData: contested.aigcData, salt: bobOld.salt, value: BOND }),
      "MamoriArt__ModelRetired"
    )
    await expectRevert(
      revealPrompt(bob!, { collection: collection(), prompt: contested.prompt, aigcData: contested.aigcData, proof: contested.proof, salt: bobOld.salt }),
      "MamoriArt__ModelRetired"
    )
    // With the registered, live default model the older commitment still wins.
    await wait(await revealPrompt(bob!, { collection: collection(), prompt: contested.prompt, aigcData: defaultArt.aigcData, proof: defaultArt.proof, salt: bobOld.salt }))
    expect(await ownerOf(tokenIdOf(contested.prompt))).toBe(bob!.account.address)
  })
})

describe.runIf(REAL_PROOFS)("the scene architecture (IArtArchitecture adapter)", () => {
  const proveScenePrompt = async (prompt: string) => {
    const { proveScene } = await import("../../../src/zk/proveScene")
    const out = await proveScene({ prompt, wasm: path.join(ROOT, "assets/zk/scene.wasm"), zkey: path.join(ROOT, "assets/zk/scene_final.zkey") })
    return { aigcData: encodeSceneAigcData({ modelCommitment: out.modelCommitment, scene: out.scene }), proof: encodeProof(out.calldata) }
  }

  it("a delayed scene reveal still wins against a later commitment; the token names its scene model and commitment", { timeout: 240_000 }, async () => {
    const [, bob, mallory] = env.wallets
    const prompt = "a castle under the stars the thief wants"
    const scene = await proveScenePrompt(prompt)
    const id = tokenIdOf(prompt)
    const bobCommit = await commitNow(bob, prompt)
    await mine(env, 1)
    const malloryBefore = await balance(mallory)
    const malloryCommit = await commitNow(mallory, prompt)
    // The adapter has no optimistic path: the front-runner must prove (or copy the victim's proof).
    await expectRevert(
      revealOptimistic(mallory!, { collection: collection(), prompt, aigcData: scene.aigcData, salt: malloryCommit.salt, value: BOND }),
      "MamoriArt__MalformedAigcData"
    )
    const stolen = await wait(await revealPrompt(mallory!, { collection: collection(), prompt, aigcData: scene.aigcData, proof: scene.proof, salt: malloryCommit.salt }))
    expect(await ownerOf(id)).toBe(mallory!.account.address)
    const reveal = await wait(await revealPrompt(bob!, { collection: collection(), prompt, aigcData: scene.aigcData, proof: scene.proof, salt: bobCommit.salt }))
    expect(events(reveal).find((e) => e.eventName === "Reclaimed")?.args).toMatchObject({ from: mallory!.account.address, to: bob!.account.address })
    expect(await ownerOf(id)).toBe(bob!.account.address)
    const [committedAt] = await env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "standingOf", args: [id] })
    expect(committedAt).toBe(bobCommit.receipt.blockNumber)
    expect(await env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "aigcDataOf", args: [id] })).toBe(scene.aigcData)
    expect(malloryBefore - (await balance(mallory))).toBe(gasPaid(malloryCommit.receipt, stolen))
    const meta = metadata(await env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "tokenURI", args: [id] }))
    expect(meta.model).toBe("Mamori scene")
    expect(BigInt(String(meta.model_commitment))).toBe(BigInt(env.deployment.sceneModelCommitment!))
  })

  it("scene model names cannot be spoofed, under either architecture", async () => {
    const [, bob] = env.wallets
    for (const [i, [architecture, name]] of (
      [
        [2, "Mamori scene"],
        [2, "mamori-scene"],
        [1, "MAM0RI SCENE"],
        [2, "Mamori default"],
        [2, "mamorl_default"]
      ] as const
    ).entries()) {
      await expectRevert(
        bob!.writeContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "registerModel", args: [7700n + BigInt(i), architecture, name, ""] }),
        "ModelRegistry__NameTaken"
      )
    }
  })

  it("a retired scene architecture stops scene mints and takeovers; minted scene tokens keep their data", { timeout: 240_000 }, async () => {
    const [owner, bob, mallory] = env.wallets
    const prompt = "a bridge over the river at dawn, retired"
    const scene = await proveScenePrompt(prompt)
    const bobCommit = await commitNow(bob, prompt)
    await mine(env, 1)
    const malloryCommit = await commitNow(mallory, prompt)
    await wait(await revealPrompt(mallory!, { collection: collection(), prompt, aigcData: scene.aigcData, proof: scene.proof, salt: malloryCommit.salt }))
    await registryWrite(owner, "retireArchitecture", [2])
    // Neither a new scene mint nor the older commitment's takeover goes through any more.
    const other = "a castle in the fog, after the retirement"
    const otherScene = await proveScenePrompt(other)
    const salt = (await commitNow(bob, other)).salt
    await expectRevert(revealPrompt(bob!, { collection: collection(), prompt: other, aigcData: otherScene.aigcData, proof: otherScene.proof, salt }), "MamoriArt__ModelRetired")
    await expectRevert(revealPrompt(bob!, { collection: collection(), prompt, aigcData: scene.aigcData, proof: scene.proof, salt: bobCommit.salt }), "MamoriArt__ModelRetired")
    expect(await env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "aigcDataOf", args: [tokenIdOf(prompt)] })).toBe(scene.aigcData)
    expect(
      await env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName: "verify", args: [stringToHex(prompt), scene.aigcData, scene.proof] })
    ).toBe(true)
  })
})
