/**
 * Commit-reveal mint on a local chain: the happy path end to end, tampered proofs and inputs, replays,
 * front-running and the reveal window. Real Groth16 proofs when the circuit artifacts exist (REAL_PROOFS).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bytesToHex, decodeEventLog, serializeTransaction, decodeFunctionData, encodeAbiParameters, hexToString, keccak256, parseGwei, stringToHex, toHex, type Hex } from "viem"
import { mamoriArtAbi } from "../../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../../src/chain/abi/modelRegistryAbi"
import { decodeAigcData, encodeAigcData, encodeProof } from "../../../src/chain/aigcData"
import { commitmentHash, randomSalt } from "../../../src/chain/commitmentHash"
import { toChainError } from "../../../src/chain/errors"
import { unpackPixels } from "../../../src/zk/unpackPixels"
import { commitPrompt, readCommitment, readToken, revealPrompt, verifyOnChain } from "../../../src/chain"
import { tokenIdOf } from "../../../src/chain/tokenIdOf"
import { defaultWeights, type ArtWeights } from "../../../src/art/weights"
import { makeArt, mine, REAL_PROOFS, rpcCall, setAutomine, setNextBaseFee, setup, type Env, type Minted } from "./helpers"

const WINDOW = 20n
let env: Env
let art: Minted
let other: Minted

/** Expects `p` to reject with the collection's custom error `name`. */
async function expectRevert(p: Promise<unknown>, name: string): Promise<void> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error, `expected ${name}`).toBeDefined()
  expect(toChainError(error).code).toBe(`chain/${name}`)
}

const alice = () => env.wallets[0]!

async function committed(wallet: Env["wallets"][number], prompt: string): Promise<Hex> {
  const salt = randomSalt()
  const { hash } = await commitPrompt(wallet, { collection: env.deployment.collection, prompt, salt })
  await env.publicClient.waitForTransactionReceipt({ hash })
  return salt
}

beforeAll(async () => {
  env = await setup(WINDOW)
  art = await makeArt("a quiet harbour at dawn")
  other = await makeArt("a lighthouse in fog")
}, 120_000)
afterAll(async () => env?.stop())

describe(`studio mint (${REAL_PROOFS ? "real Groth16 proofs" : "MOCK verifier: circuit artifacts missing"})`, () => {
  it("verify accepts the proof and rejects every tampering", async () => {
    const collection = env.deployment.collection
    const check = (prompt: string, aigcData: Hex, proof: Hex) => verifyOnChain(env.publicClient, { collection, prompt, aigcData, proof })
    expect(await check(art.prompt, art.aigcData, art.proof)).toBe(true)
    // A changed prompt.
    expect(await check(`${art.prompt}.`, art.aigcData, art.proof)).toBe(false)
    // A changed pixel (pixel 0 moves to the next palette index).
    const words = [...art.words]
    words[0] = (words[0]! & ~3n) | ((words[0]! + 1n) & 3n)
    expect(await check(art.prompt, encodeAigcData({ modelCommitment: art.modelCommitment, words }), art.proof)).toBe(false)
    // A changed pixel in the last word (pixel 1023).
    const last = [...art.words]
    last[8] = last[8]! ^ (1n << 30n)
    expect(await check(art.prompt, encodeAigcData({ modelCommitment: art.modelCommitment, words: last }), art.proof)).toBe(false)
    // A forged proof: valid curve points taken from another image's proof, and random numbers.
    expect(await check(art.prompt, art.aigcData, other.proof)).toBe(false)
    const random = () => BigInt(keccak256(toHex(Math.random().toString()))) % 2n ** 253n
    const forged = encodeProof({
      a: [random(), random()],
      b: [
        [random(), random()],
        [random(), random()]
      ],
      c: [random(), random()]
    })
    expect(await check(art.prompt, art.aigcData, forged)).toBe(false)
    // The right pixels of another prompt do not verify under this prompt.
    expect(await check(art.prompt, other.aigcData, other.proof)).toBe(false)
    // A wrong model: an unregistered commitment, and malformed lengths.
    expect(await check(art.prompt, encodeAigcData({ modelCommitment: art.modelCommitment + 1n, words: art.words }), art.proof)).toBe(false)
    expect(await check(art.prompt, `${art.aigcData}00`, art.proof)).toBe(false)
    expect(await check(art.prompt, art.aigcData, `0x${art.proof.slice(4)}`)).toBe(false)
  })

  it("happy path: commit, wait a block, reveal, and the token holds the proven pixels", async () => {
    const [alice] = env.wallets
    const salt = await committed(alice!, art.prompt)
    const commitment = commitmentHash(alice!.account.address, art.prompt, salt)
    const status = await readCommitment(env.publicClient, { collection: env.deployment.collection, committer: alice!.account.address, commitment })
    expect(status.readyAt).toBe(status.committedAt + 1n)
    expect(status.expiresAfter).toBe(status.committedAt + WINDOW)

    const hash = await revealPrompt(alice!, { collection: env.deployment.collection, prompt: art.prompt, aigcData: art.aigcData, proof: art.proof, salt })
    const receipt = await env.publicClient.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe("success")
    console.log(`reveal-and-mint gas: ${receipt.gasUsed}`)

    const token = await readToken(env.publicClient, { collection: env.deployment.collection, tokenId: tokenIdOf(art.prompt) })
    expect(token.owner).toBe(alice!.account.address)
    expect(token.prompt).toBe(art.prompt)
    expect(token.aigcData).toBe(art.aigcData)
    expect(Array.from(unpackPixels(decodeAigcData(token.aigcData).words))).toEqual(Array.from(art.pixels))
    expect(await env.publicClient.readContract({ address: env.deployment.collection, abi: mamoriArtAbi, functionName: "tokenId", args: [stringToHex(art.prompt)] })).toBe(
      tokenIdOf(art.prompt)
    )
    // The commitment is consumed.
    const after = await readCommitment(env.publicClient, { collection: env.deployment.collection, committer: alice!.account.address, commitment })
    expect(after.committedAt).toBe(0n)
  })

  it("a replayed reveal fails, and the prompt cannot be minted twice", async () => {
    const [alice, bob] = env.wallets
    // Replaying the consumed reveal: the commitment is gone.
    const salt = randomSalt()
    await expectRevert(
      revealPrompt(alice!, { collection: env.deployment.collection, prompt: art.prompt, aigcData: art.aigcData, proof: art.proof, salt }),
      "MamoriArt__CommitmentNotFound"
    )
    // A fresh commitment to the same prompt, by anyone: already minted.
    const bobSalt = await committed(bob!, art.prompt)
    await expectRevert(
      revealPrompt(bob!, { collection: env.deployment.collection, prompt: art.prompt, aigcData: art.aigcData, proof: art.proof, salt: bobSalt }),
      "MamoriArt__PromptAlreadyMinted"
    )
  })

  it("a front-runner who copies a pending reveal gets nothing", async () => {
    const [, bob, mallory] = env.wallets
    const collection = env.deployment.collection
    const salt = await committed(bob!, other.prompt)
    await setAutomine(env, false)
    let malloryCommitment: Hex
    const mallorySalt = randomSalt()
    try {
      const bobHash = await revealPrompt(bob!, { collection, prompt: other.prompt, aigcData: other.aigcData, proof: other.proof, salt, gas: 2_000_000n })
      // Mallory reads Bob's pending transaction and replays its calldata with a 10x tip, so it is mined first...
      const pending = await env.publicClient.getTransaction({ hash: bobHash })
      const fees = { maxPriorityFeePerGas: pending.maxPriorityFeePerGas! * 10n, maxFeePerGas: pending.maxFeePerGas! * 10n }
      const copyHash = await mallory!.sendTransaction({ to: collection, data: pending.input, gas: 2_000_000n, ...fees })
      // ...and commits to the prompt she just learnt, to reveal it herself in the next block.
      malloryCommitment = commitmentHash(mallory!.account.address, other.prompt, mallorySalt)
      const commitHash = await mallory!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [malloryCommitment], gas: 100_000n, ...fees })
      await mine(env, 1)
      const block = await env.publicClient.getBlock({ includeTransactions: false })
      expect(block.transactions.indexOf(copyHash)).toBeLessThan(block.transactions.indexOf(bobHash))
      const [bobReceipt, copyReceipt, commitReceipt] = await Promise.all([bobHash, copyHash, commitHash].map((hash) => env.publicClient.waitForTransactionReceipt({ hash })))
      expect(copyReceipt!.status).toBe("reverted")
      expect(bobReceipt!.status).toBe("success")
      expect(commitReceipt!.status).toBe("success")
    } finally {
      await setAutomine(env, true)
    }
    const owner = await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "ownerOf", args: [tokenIdOf(other.prompt)] })
    expect(owner).toBe(bob!.account.address)
    // Her copied call fails because the commitment is recomputed with her address.
    await expectRevert(
      env.publicClient.simulateContract({
        account: mallory!.account,
        address: collection,
        abi: mamoriArtAbi,
        functionName: "reveal",
        args: [stringToHex(other.prompt), other.aigcData, other.proof, salt]
      }),
      "MamoriArt__CommitmentNotFound"
    )
    // Her own late commitment cannot win either: the prompt is taken.
    await expectRevert(
      revealPrompt(mallory!, { collection, prompt: other.prompt, aigcData: other.aigcData, proof: other.proof, salt: mallorySalt }),
      "MamoriArt__PromptAlreadyMinted"
    )
  })

  it("a delayed reveal is front-run by a later commitment, and the earliest commitment still wins the token", async () => {
    const [, bob, mallory] = env.wallets
    const collection = env.deployment.collection
    const victim = await makeArt("the harbour that mallory wants")
    // Block N: the victim commits.
    const salt = await committed(bob!, victim.prompt)
    const victimCommitBlock = await env.publicClient.getBlockNumber({ cacheTime: 0 }) // viem caches the block number for its polling interval
    const malloryBefore = await env.publicClient.getBalance({ address: mallory!.account.address })
    const paid: bigint[] = []
    await setAutomine(env, false)
    let victimReveal: Hex
    try {
      // The victim's reveal is broadcast, then held back (a base-fee spike, a slow builder): modelled by taking
      // it out of the node's pool and broadcasting the same signed bytes again later. Its prompt is in plain sight.
      victimReveal = await revealPrompt(bob!, {
        collection,
        prompt: victim.prompt,
        aigcData: victim.aigcData,
        proof: victim.proof,
        salt,
        gas: 2_000_000n,
        maxFeePerGas: parseGwei("2"),
        maxPriorityFeePerGas: parseGwei("1")
      })
      const signed = await env.publicClient.getTransaction({ hash: victimReveal })
      const victimRaw = serializeTransaction(
        {
          type: "eip1559",
          chainId: signed.chainId!,
          nonce: signed.nonce,
          to: signed.to!,
          data: signed.input,
          gas: signed.gas,
          maxFeePerGas: signed.maxFeePerGas!,
          maxPriorityFeePerGas: signed.maxPriorityFeePerGas!,
          value: signed.value
        },
        { r: signed.r, s: signed.s, yParity: signed.yParity! }
      )
      expect(keccak256(victimRaw)).toBe(victimReveal)
      await rpcCall(env, "anvil_dropTransaction", [victimReveal])
      await mine(env, 1)
      // Mallory reads the pending reveal, learns the prompt, commits at N+k and reveals with a higher tip.
      const pending = signed
      expect(pending.blockNumber).toBeNull()
      const { args } = decodeFunctionData({ abi: mamoriArtAbi, data: pending.input })
      const stolen = hexToString(args![0] as Hex)
      expect(stolen).toBe(victim.prompt)
      const fees = { maxFeePerGas: parseGwei("500"), maxPriorityFeePerGas: parseGwei("50") }
      const mallorySalt = randomSalt()
      await setNextBaseFee(env, parseGwei("100"))
      const commitHash = await mallory!.writeContract({
        address: collection,
        abi: mamoriArtAbi,
        functionName: "commit",
        args: [commitmentHash(mallory!.account.address, stolen, mallorySalt)],
        gas: 100_000n,
        ...fees
      })
      await mine(env, 1)
      await setNextBaseFee(env, parseGwei("100"))
      const revealHash = await revealPrompt(mallory!, { collection, prompt: stolen, aigcData: victim.aigcData, proof: victim.proof, salt: mallorySalt, gas: 2_000_000n, ...fees })
      await mine(env, 1)
      for (const hash of [commitHash, revealHash]) {
        const r = await env.publicClient.getTransactionReceipt({ hash })
        expect(r.status).toBe("success")
        paid.push(r.gasUsed * r.effectiveGasPrice)
      }
      expect((await env.publicClient.getTransactionReceipt({ hash: commitHash })).blockNumber).toBeGreaterThan(victimCommitBlock)
      // The front-runner holds the token for now, but cannot pass it on while the victim's commitment is alive.
      expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "ownerOf", args: [tokenIdOf(stolen)] })).toBe(mallory!.account.address)
      await expectRevert(
        env.publicClient.simulateContract({
          account: mallory!.account,
          address: collection,
          abi: mamoriArtAbi,
          functionName: "transferFrom",
          args: [mallory!.account.address, bob!.account.address, tokenIdOf(stolen)]
        }),
        "MamoriArt__NotFinal"
      )
      // The spike ends: the victim's reveal is mined, late.
      await setNextBaseFee(env, parseGwei("1"))
      await rpcCall(env, "eth_sendRawTransaction", [victimRaw])
      await mine(env, 1)
    } finally {
      await setAutomine(env, true)
    }
    const receipt = await env.publicClient.waitForTransactionReceipt({ hash: victimReveal! })
    expect(receipt.status).toBe("success")
    const reclaimed = receipt.logs
      .filter((l) => l.address.toLowerCase() === collection.toLowerCase())
      .map((l) => {
        try {
          return decodeEventLog({ abi: mamoriArtAbi, ...l })
        } catch {
          return undefined
        }
      })
      .find((e) => e?.eventName === "Reclaimed")
    expect(reclaimed?.args).toMatchObject({ from: mallory!.account.address, to: bob!.account.address, committedAt: victimCommitBlock })
    const id = tokenIdOf(victim.prompt)
    expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "ownerOf", args: [id] })).toBe(bob!.account.address)
    expect(await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "balanceOf", args: [mallory!.account.address] })).toBe(0n)
    const [standing, finalAt] = await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "standingOf", args: [id] })
    expect(standing).toBe(victimCommitBlock)
    expect(finalAt).toBe(victimCommitBlock + WINDOW)
    const token = await readToken(env.publicClient, { collection, tokenId: id })
    expect(token.prompt).toBe(victim.prompt)
    expect(token.aigcData).toBe(victim.aigcData)
    // Nothing came back to the front-runner: her balance fell by exactly the fees of her commit and reveal.
    const malloryAfter = await env.publicClient.getBalance({ address: mallory!.account.address })
    expect(malloryBefore - malloryAfter).toBe(paid[0]! + paid[1]!)
    // Once every older commitment has expired the token is final and transfers work again.
    await mine(env, Number(WINDOW))
    const transfer = await bob!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "transferFrom", args: [bob!.account.address, mallory!.account.address, id] })
    expect((await env.publicClient.waitForTransactionReceipt({ hash: transfer })).status).toBe("success")
  })

  it("refuses prompts that are not UTF-8 at reveal, after a real commit: overlong, surrogate, truncated, 0xFF", async () => {
    const [alice] = env.wallets
    const collection = env.deployment.collection
    const cases: [string, Uint8Array][] = [
      ["overlong '/'", Uint8Array.from([0x61, 0xc0, 0xaf])],
      ["overlong three-byte", Uint8Array.from([0xe0, 0x80, 0xaf])],
      ["lone surrogate U+D800", Uint8Array.from([0x61, 0xed, 0xa0, 0x80])],
      ["truncated sequence", Uint8Array.from([0x61, 0x62, 0xe2, 0x82])],
      ["0xFF", Uint8Array.from([0x61, 0xff, 0x62])]
    ]
    for (const [name, bytes] of cases) {
      const promptHex = bytesToHex(bytes)
      const salt = randomSalt()
      const commitment = keccak256(encodeAbiParameters([{ type: "address" }, { type: "bytes32" }, { type: "bytes32" }], [alice!.account.address, keccak256(promptHex), salt]))
      const hash = await alice!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitment] })
      await env.publicClient.waitForTransactionReceipt({ hash })
      const error = await env.publicClient
        .simulateContract({ account: alice!.account, address: collection, abi: mamoriArtAbi, functionName: "reveal", args: [promptHex, art.aigcData, art.proof, salt] })
        .then(
          () => undefined,
          (e: unknown) => toChainError(e)
        )
      expect(error?.code, name).toBe("chain/MamoriArt__InvalidUtf8")
    }
  })

  it("reveal too early, too late, or without a commit fails", async () => {
    const [alice] = env.wallets
    const collection = env.deployment.collection
    const early = await makeArt("early bird")
    // Without a commit.
    await expectRevert(
      revealPrompt(alice!, { collection, prompt: early.prompt, aigcData: early.aigcData, proof: early.proof, salt: randomSalt() }),
      "MamoriArt__CommitmentNotFound"
    )
    // Too early: the reveal lands in the commit's block.
    await setAutomine(env, false)
    let revealHash: Hex
    const salt = randomSalt()
    try {
      await commitPrompt(alice!, { collection, prompt: early.prompt, salt })
      await expectRevert(
        env.publicClient.simulateContract({
          account: alice!.account,
          address: collection,
          abi: mamoriArtAbi,
          functionName: "reveal",
          args: [stringToHex(early.prompt), early.aigcData, early.proof, salt],
          blockTag: "pending"
        }),
        "MamoriArt__RevealTooEarly"
      )
      revealHash = await revealPrompt(alice!, { collection, prompt: early.prompt, aigcData: early.aigcData, proof: early.proof, salt, gas: 2_000_000n })
      await mine(env, 1)
    } finally {
      await setAutomine(env, true)
    }
    expect((await env.publicClient.waitForTransactionReceipt({ hash: revealHash! })).status).toBe("reverted")
    // Too late: WINDOW blocks after the commit is the last chance.
    const late = await makeArt("late owl")
    const lateSalt = await committed(alice!, late.prompt)
    await mine(env, Number(WINDOW))
    await expectRevert(revealPrompt(alice!, { collection, prompt: late.prompt, aigcData: late.aigcData, proof: late.proof, salt: lateSalt }), "MamoriArt__CommitmentExpired")
    // Committing again opens a new window; the last block of the window still works.
    const again = await committed(alice!, late.prompt)
    await mine(env, Number(WINDOW) - 1)
    const hash = await revealPrompt(alice!, { collection, prompt: late.prompt, aigcData: late.aigcData, proof: late.proof, salt: again })
    expect((await env.publicClient.waitForTransactionReceipt({ hash })).status).toBe("success")
  })

  it("reveal rejects tampered data, wrong models and bad prompts with clear errors", async () => {
    const [alice] = env.wallets
    const collection = env.deployment.collection
    const t = await makeArt("tamper target")
    const reveal = async (prompt: string, aigcData: Hex, proof: Hex) => {
      const salt = await committed(alice!, prompt)
      return revealPrompt(alice!, { collection, prompt, aigcData, proof, salt })
    }
    await expectRevert(reveal(t.prompt, t.aigcData, other.proof), "MamoriArt__InvalidProof")
    const words = [...t.words]
    words[4] = words[4]! ^ 1n
    await expectRevert(reveal(t.prompt, encodeAigcData({ modelCommitment: t.modelCommitment, words }), t.proof), "MamoriArt__InvalidProof")
    await expectRevert(reveal("tamper target!", t.aigcData, t.proof), "MamoriArt__InvalidProof")
    await expectRevert(reveal(t.prompt, encodeAigcData({ modelCommitment: 12345n, words: t.words }), t.proof), "MamoriArt__UnknownModel")
    await expectRevert(reveal(t.prompt, `${t.aigcData}00`, t.proof), "MamoriArt__MalformedAigcData")
    await expectRevert(reveal("", t.aigcData, t.proof), "MamoriArt__EmptyPrompt")
    await expectRevert(reveal("x".repeat(161), t.aigcData, t.proof), "MamoriArt__PromptTooLong")
    // addAigcData is not a back door around commit-reveal, and data is immutable.
    const add = (id: bigint, prompt: string) =>
      env.publicClient.readContract({
        account: alice!.account,
        address: collection,
        abi: mamoriArtAbi,
        functionName: "addAigcData",
        args: [id, stringToHex(prompt), t.aigcData, t.proof]
      })
    await expectRevert(add(tokenIdOf(t.prompt), t.prompt), "MamoriArt__MintThroughReveal")
    await expectRevert(add(tokenIdOf(art.prompt), art.prompt), "MamoriArt__AigcDataImmutable")
    await expectRevert(add(tokenIdOf(art.prompt), t.prompt), "MamoriArt__PromptMismatch")
  })

  it("custom weights of the known architecture register without a new circuit and mint; proofs stay bound to their model", async () => {
    const [, bob] = env.wallets
    const collection = env.deployment.collection
    const custom: ArtWeights = JSON.parse(JSON.stringify(defaultWeights))
    // Change one weight: a different model of the same architecture.
    const flatKey = Object.keys(custom)[0] as keyof ArtWeights
    ;(custom as Record<string, unknown>)[flatKey] = bump(custom[flatKey])
    const c = await makeArt("a harbour by another model", custom)
    expect(c.modelCommitment).not.toBe(BigInt(env.deployment.modelCommitment))
    // Not registered yet: verify is false, reveal names the unknown model.
    expect(await verifyOnChain(env.publicClient, { collection, prompt: c.prompt, aigcData: c.aigcData, proof: c.proof })).toBe(false)
    const hash = await bob!.writeContract({
      address: env.deployment.registry,
      abi: modelRegistryAbi,
      functionName: "registerModel",
      args: [c.modelCommitment, 1, "bob's weights", "ipfs://bob"]
    })
    expect((await env.publicClient.waitForTransactionReceipt({ hash })).status).toBe("success")
    expect(await verifyOnChain(env.publicClient, { collection, prompt: c.prompt, aigcData: c.aigcData, proof: c.proof })).toBe(true)
    // The custom model's proof does not pass as the default model's, nor the reverse.
    const swapped = encodeAigcData({ modelCommitment: BigInt(env.deployment.modelCommitment), words: c.words })
    expect(await verifyOnChain(env.publicClient, { collection, prompt: c.prompt, aigcData: swapped, proof: c.proof })).toBe(false)
    const salt = await committed(bob!, c.prompt)
    const reveal = await revealPrompt(bob!, { collection, prompt: c.prompt, aigcData: c.aigcData, proof: c.proof, salt })
    expect((await env.publicClient.waitForTransactionReceipt({ hash: reveal })).status).toBe("success")
  })

  it("commitments are per sender: copying one does not move the owner's window", async () => {
    const [alice, , mallory] = env.wallets
    const collection = env.deployment.collection
    const salt = randomSalt()
    const { commitment } = await commitPrompt(alice!, { collection, prompt: "window", salt })
    await mine(env, 3)
    const before = await readCommitment(env.publicClient, { collection, committer: alice!.account.address, commitment })
    const hash = await mallory!.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitment] })
    await env.publicClient.waitForTransactionReceipt({ hash })
    const after = await readCommitment(env.publicClient, { collection, committer: alice!.account.address, commitment })
    expect(after).toEqual(before)
    expect(commitment).toBe(
      keccak256(encodeAbiParameters([{ type: "address" }, { type: "bytes32" }, { type: "bytes32" }], [alice!.account.address, keccak256(stringToHex("window")), salt]))
    )
  })

  it("a retired model mints no more, its tokens keep their data; a retired architecture stops every model of it", async () => {
    const [owner, bob] = env.wallets
    const collection = env.deployment.collection
    const registry = env.deployment.registry
    const weights: ArtWeights = JSON.parse(JSON.stringify(defaultWeights))
    weights.rho = weights.rho === 15 ? 14 : weights.rho + 1
    const first = await makeArt("retired model, first token", weights)
    const second = await makeArt("retired model, second token", weights)
    const send = async (wallet: typeof bob, functionName: "registerModel" | "retireModel" | "retireArchitecture", args: readonly unknown[]) => {
      const hash = await wallet!.writeContract({ address: registry, abi: modelRegistryAbi, functionName, args } as never)
      expect((await env.publicClient.waitForTransactionReceipt({ hash })).status).toBe("success")
    }
    await send(bob, "registerModel", [first.modelCommitment, 1, "soon retired", ""])
    const salt = await committed(bob!, first.prompt)
    await env.publicClient.waitForTransactionReceipt({ hash: await revealPrompt(bob!, { collection, prompt: first.prompt, aigcData: first.aigcData, proof: first.proof, salt }) })
    await send(bob, "retireModel", [first.modelCommitment])
    const salt2 = await committed(bob!, second.prompt)
    await expectRevert(revealPrompt(bob!, { collection, prompt: second.prompt, aigcData: second.aigcData, proof: second.proof, salt: salt2 }), "MamoriArt__ModelRetired")
    // The token minted before keeps its data, its metadata names the model, and its proof still verifies.
    const token = await readToken(env.publicClient, { collection, tokenId: tokenIdOf(first.prompt) })
    expect(token.aigcData).toBe(first.aigcData)
    const uri = await env.publicClient.readContract({ address: collection, abi: mamoriArtAbi, functionName: "tokenURI", args: [tokenIdOf(first.prompt)] })
    const json = JSON.parse(Buffer.from(uri.split(",")[1]!, "base64").toString("utf8")) as { model: string; model_commitment: string }
    expect(json.model).toBe("soon retired")
    expect(BigInt(json.model_commitment)).toBe(first.modelCommitment)
    expect(await verifyOnChain(env.publicClient, { collection, prompt: first.prompt, aigcData: first.aigcData, proof: first.proof })).toBe(true)
    // The registry owner retires the architecture: the default model mints no more, and no model can join it.
    const last = await makeArt("after the architecture is retired")
    await send(owner, "retireArchitecture", [1])
    const salt3 = await committed(alice(), last.prompt)
    await expectRevert(revealPrompt(alice(), { collection, prompt: last.prompt, aigcData: last.aigcData, proof: last.proof, salt: salt3 }), "MamoriArt__ModelRetired")
    await expectRevert(
      bob!.writeContract({ address: registry, abi: modelRegistryAbi, functionName: "registerModel", args: [424242n, 1, "too late", ""] }),
      "ModelRegistry__ArchitectureRetired"
    )
    expect(await verifyOnChain(env.publicClient, { collection, prompt: art.prompt, aigcData: art.aigcData, proof: art.proof })).toBe(true)
  })
})

function bump(value: unknown): unknown {
  if (Array.isArray(value)) return [bump(value[0]), ...value.slice(1)]
  if (typeof value === "number") return value === 15 ? 14 : value + 1
  return value
}
