/**
 * The optimistic mint path (ERC-7007 Updatable) and the model economy on the collection, on a local chain with
 * real Groth16 proofs: honest and dishonest optimistic mints, challenges (the fraud proof), griefing attempts,
 * bond refunds, the Update event's layout against the Final text, the mint fee charged exactly once on both
 * paths, ERC-2981 royalties and the licence in the metadata.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { decodeEventLog, keccak256, parseAbiItem, parseEther, stringToHex, toEventSelector, zeroAddress, type Address, type Hex } from "viem"
import { mamoriArtAbi } from "../../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../../src/chain/abi/modelRegistryAbi"
import { modelRevenueTokenAbi } from "../../../src/chain/abi/modelRevenueTokenAbi"
import { encodeAigcData } from "../../../src/chain/aigcData"
import { commitmentHash, randomSalt } from "../../../src/chain/commitmentHash"
import { toChainError } from "../../../src/chain/errors"
import { challengeToken, finaliseBond, readModelEconomy, readOptimisticRecord, revealOptimistic, revealPrompt, commitPrompt, verifyOnChain } from "../../../src/chain"
import { tokenIdOf } from "../../../src/chain/tokenIdOf"
import { makeArt, mine, REAL_PROOFS, setup, type Env, type Minted } from "../contracts/helpers"

const BOND = parseEther("0.05")
const WINDOW = 6n
let env: Env

async function expectRevert(p: Promise<unknown>, name: string): Promise<void> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error, `expected ${name}`).toBeDefined()
  expect(toChainError(error).code).toBe(`chain/${name}`)
}

type W = Env["wallets"][number]
const wait = async (hash: Hex) => {
  const r = await env.publicClient.waitForTransactionReceipt({ hash })
  expect(r.status).toBe("success")
  return r
}
const collection = () => env.deployment.collection
const readArt = <T>(functionName: string, args: unknown[] = []) =>
  env.publicClient.readContract({ address: collection(), abi: mamoriArtAbi, functionName, args } as never) as Promise<T>
const registryWrite = (w: W, functionName: string, args: unknown[]) =>
  w.writeContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName, args } as never).then(wait)

async function committed(w: W, prompt: string): Promise<Hex> {
  const salt = randomSalt()
  await wait((await commitPrompt(w, { collection: collection(), prompt, salt })).hash)
  return salt
}

/** Flips pixel 0 to the next palette index: a dishonest minter's altered image. */
function tampered(art: Minted): Hex {
  const words = [...art.words]
  words[0] = (words[0]! & ~3n) | ((words[0]! + 1n) & 3n)
  return encodeAigcData({ modelCommitment: art.modelCommitment, words })
}

function metadata(uri: string): Record<string, string> {
  return JSON.parse(Buffer.from(uri.slice("data:application/json;base64,".length), "base64").toString("utf8")) as Record<string, string>
}

beforeAll(async () => {
  env = await setup(50n)
  // Account 0 deployed the collection (its owner) and registered the default model.
  await wait(await env.wallets[0]!.writeContract({ address: collection(), abi: mamoriArtAbi, functionName: "setOptimisticTerms", args: [BOND, WINDOW] }))
}, 180_000)
afterAll(async () => env?.stop())

describe(`optimistic mint and fraud proofs (${REAL_PROOFS ? "real Groth16 proofs" : "MOCK verifier"})`, () => {
  it("Update and the Updatable interface match the Final text's signatures", () => {
    const standard = parseAbiItem("event Update(uint256 indexed tokenId, bytes indexed prompt, bytes indexed aigcData)")
    const ours = mamoriArtAbi.find((i) => i.type === "event" && i.name === "Update")!
    expect(ours.inputs.map((i) => [i.type, i.name, i.indexed])).toEqual(standard.inputs.map((i) => [i.type, i.name, i.indexed]))
    expect(toEventSelector(ours)).toBe(toEventSelector("Update(uint256,bytes,bytes)"))
    const update = mamoriArtAbi.find((i) => i.type === "function" && i.name === "update")!
    expect(update.inputs.map((i) => i.type)).toEqual(["bytes", "bytes"])
  })

  it("a dishonest optimistic mint is challenged with a real proof and corrected; the bond goes to the challenger", async () => {
    const [, bob, carol] = env.wallets
    const art = await makeArt("a dishonest harbour at night")
    const posted = tampered(art)
    const salt = await committed(bob!, art.prompt)
    const mintReceipt = await wait(await revealOptimistic(bob!, { collection: collection(), prompt: art.prompt, aigcData: posted, salt, value: BOND }))
    console.log(`optimistic mint gas: ${mintReceipt.gasUsed}`)
    expect(mintReceipt.gasUsed).toBeLessThanOrEqual(250_000n)
    const id = tokenIdOf(art.prompt)
    expect(await readArt<Address>("ownerOf", [id])).toBe(bob!.account.address)
    expect(await readArt<Hex>("aigcDataOf", [id])).toBe(posted)
    let meta = metadata(await readArt<string>("tokenURI", [id]))
    expect([meta.proof_type, meta.status]).toEqual(["fraud", "pending"])
    // Not final yet: verify with an empty proof (the opML path) says false.
    expect(await verifyOnChain(env.publicClient, { collection: collection(), prompt: art.prompt, aigcData: posted, proof: "0x" })).toBe(false)

    // Carol proves the model's real output for the prompt.
    const before = await env.publicClient.getBalance({ address: collection() })
    const receipt = await wait(await challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: art.proof }))
    console.log(`challenge gas: ${receipt.gasUsed}`)
    expect(receipt.gasUsed).toBeLessThanOrEqual(600_000n)
    const topic0 = toEventSelector("Update(uint256,bytes,bytes)")
    const log = receipt.logs.find((l) => l.topics[0] === topic0)!
    expect(log.topics).toEqual([topic0, `0x${id.toString(16).padStart(64, "0")}`, keccak256(stringToHex(art.prompt)), keccak256(art.aigcData)])
    expect(log.data).toBe("0x")
    const challenged = receipt.logs.map((l) => decodeEventLog({ abi: mamoriArtAbi, ...l, strict: false })).find((e) => e.eventName === "Challenged")!
    expect(challenged.args).toMatchObject({ tokenId: id, challenger: carol!.account.address, bond: BOND })
    expect(before - (await env.publicClient.getBalance({ address: collection() }))).toBe(BOND)

    expect(await readArt<Hex>("aigcDataOf", [id])).toBe(art.aigcData)
    expect(await readArt<Address>("ownerOf", [id])).toBe(bob!.account.address)
    meta = metadata(await readArt<string>("tokenURI", [id]))
    expect([meta.proof_type, meta.status]).toEqual(["fraud", "corrected"])
    expect(await readOptimisticRecord(env.publicClient, { collection: collection(), tokenId: id })).toMatchObject({ status: "corrected", bond: 0n })
    expect(await verifyOnChain(env.publicClient, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: "0x" })).toBe(true)
    expect(await verifyOnChain(env.publicClient, { collection: collection(), prompt: art.prompt, aigcData: posted, proof: "0x" })).toBe(false)
    // Nothing left to challenge or refund.
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: posted, proof: art.proof }), "OptimisticMint__NotChallengeable")
    await mine(env, Number(WINDOW) + 1)
    await expectRevert(finaliseBond(bob!, { collection: collection(), tokenId: id }), "OptimisticMint__NoBond")
  })

  it("an honest optimistic mint cannot be griefed, and its bond returns after the window", async () => {
    const [, bob, carol] = env.wallets
    const art = await makeArt("an honest lighthouse")
    const other = await makeArt("some other prompt entirely")
    const salt = await committed(bob!, art.prompt)
    await wait(await revealOptimistic(bob!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, salt, value: BOND }))
    const id = tokenIdOf(art.prompt)
    // A proof of the same pixels is refused.
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: art.proof }), "OptimisticMint__SameOutput")
    // Altered pixels with a real proof of other pixels, a proof for another prompt, a forged proof: refused.
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: tampered(art), proof: art.proof }), "OptimisticMint__InvalidProof")
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: other.aigcData, proof: other.proof }), "OptimisticMint__InvalidProof")
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: tampered(art), proof: "0x" }), "OptimisticMint__InvalidProof")
    // Another model commitment: refused before any proof check.
    const foreign = encodeAigcData({ modelCommitment: art.modelCommitment + 1n, words: art.words })
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: foreign, proof: art.proof }), "OptimisticMint__ModelMismatch")
    // The Updatable update() cannot be called directly.
    await expectRevert(
      env.publicClient.readContract({
        account: carol!.account,
        address: collection(),
        abi: mamoriArtAbi,
        functionName: "update",
        args: [stringToHex(art.prompt), tampered(art)]
      }),
      "OptimisticMint__UpdateThroughChallenge"
    )
    // The bond stays until the window closes, then anyone may return it to the minter.
    await expectRevert(finaliseBond(carol!, { collection: collection(), tokenId: id }), "OptimisticMint__WindowOpen")
    await mine(env, Number(WINDOW) + 1)
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: tampered(art), proof: art.proof }), "OptimisticMint__WindowClosed")
    const meta = metadata(await readArt<string>("tokenURI", [id]))
    expect([meta.proof_type, meta.status]).toEqual(["fraud", "final"])
    expect(await verifyOnChain(env.publicClient, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: "0x" })).toBe(true)
    // The bond is held until the token is final too (an older commitment could still take it over and the bond).
    await expectRevert(finaliseBond(carol!, { collection: collection(), tokenId: id }), "OptimisticMint__WindowOpen")
    await mine(env, 50)
    const bobBefore = await env.publicClient.getBalance({ address: bob!.account.address })
    const receipt = await wait(await finaliseBond(carol!, { collection: collection(), tokenId: id }))
    console.log(`finalise gas: ${receipt.gasUsed}`)
    expect((await env.publicClient.getBalance({ address: bob!.account.address })) - bobBefore).toBe(BOND)
    await expectRevert(finaliseBond(carol!, { collection: collection(), tokenId: id }), "OptimisticMint__NoBond")
  })

  it("an optimistic mint cannot take a minted prompt over, and a short bond is refused", async () => {
    const [, bob, carol] = env.wallets
    const art = await makeArt("a contested prompt")
    const salt = await committed(bob!, art.prompt)
    await expectRevert(revealOptimistic(bob!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, salt, value: BOND - 1n }), "OptimisticMint__BondMissing")
    await expectRevert(revealOptimistic(bob!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, salt, value: BOND + 1n }), "MamoriArt__WrongMintFee")
    await wait(await revealPrompt(bob!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: art.proof, salt }))
    const carolSalt = await committed(carol!, art.prompt)
    await expectRevert(
      revealOptimistic(carol!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, salt: carolSalt, value: BOND }),
      "MamoriArt__PromptAlreadyMinted"
    )
    const meta = metadata(await readArt<string>("tokenURI", [tokenIdOf(art.prompt)]))
    expect([meta.proof_type, meta.status]).toEqual(["validity", "verified"])
  })

  it("an older commitment's proven reveal supersedes a pending optimistic mint: proven data, no challenge, the front-runner's bond goes to the older commitment", async () => {
    const [, bob, carol] = env.wallets
    const art = await makeArt("a harbour two people wanted")
    const id = tokenIdOf(art.prompt)
    // Carol commits first; Bob commits later and mints optimistically with altered pixels.
    const carolSalt = await committed(carol!, art.prompt)
    const bobSalt = await committed(bob!, art.prompt)
    await wait(await revealOptimistic(bob!, { collection: collection(), prompt: art.prompt, aigcData: tampered(art), salt: bobSalt, value: BOND }))
    expect((await readOptimisticRecord(env.publicClient, { collection: collection(), tokenId: id })).status).toBe("pending")
    // Carol's older commitment takes the token over with a proof of the real image, and Bob's bond with it.
    const carolBefore = await env.publicClient.getBalance({ address: carol!.account.address })
    const takeover = await wait(await revealPrompt(carol!, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: art.proof, salt: carolSalt }))
    const carolAfter = await env.publicClient.getBalance({ address: carol!.account.address })
    expect(carolAfter - carolBefore + takeover.gasUsed * takeover.effectiveGasPrice).toBe(BOND)
    const record = await readOptimisticRecord(env.publicClient, { collection: collection(), tokenId: id })
    expect([record.status, record.minter, record.bond]).toEqual(["superseded", bob!.account.address, 0n])
    expect(await readArt<Address>("ownerOf", [id])).toBe(carol!.account.address)
    expect(await readArt<Hex>("aigcDataOf", [id])).toBe(art.aigcData)
    const meta = metadata(await readArt<string>("tokenURI", [id]))
    expect([meta.proof_type, meta.status]).toEqual(["validity", "verified"])
    // Its data are proven now: the opML verify path says no, the validity path yes; nothing is left to challenge.
    expect(await verifyOnChain(env.publicClient, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: "0x" })).toBe(false)
    expect(await verifyOnChain(env.publicClient, { collection: collection(), prompt: art.prompt, aigcData: art.aigcData, proof: art.proof })).toBe(true)
    await expectRevert(challengeToken(carol!, { collection: collection(), prompt: art.prompt, aigcData: tampered(art), proof: art.proof }), "OptimisticMint__NotChallengeable")
    // Nothing is left for Bob, before or after the window (contracts/README.md: the earliest commitment wins).
    await expectRevert(finaliseBond(bob!, { collection: collection(), tokenId: id }), "OptimisticMint__NoBond")
    await mine(env, Number(WINDOW) + 1)
    await expectRevert(finaliseBond(bob!, { collection: collection(), tokenId: id }), "OptimisticMint__NoBond")
    expect((await readOptimisticRecord(env.publicClient, { collection: collection(), tokenId: id })).status).toBe("superseded")
  })
})

describe("model economy on the collection", () => {
  it("the mint fee is charged exactly once per mint on both paths and lands in the revenue token; royalties and licence", async () => {
    const [registrant, bob] = env.wallets
    const model = BigInt(env.deployment.modelCommitment)
    const FEE = parseEther("0.003")
    const TERMS = keccak256(stringToHex("You may use the images for anything."))
    await registryWrite(registrant!, "setMintFee", [model, FEE])
    await registryWrite(registrant!, "setRoyalty", [model, 500])
    await expectRevert(
      registrant!.writeContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "setRoyalty", args: [model, 1001] }),
      "ModelRegistry__RoyaltyTooHigh"
    )
    await expectRevert(
      bob!.writeContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "setMintFee", args: [model, 0n] }),
      "ModelRegistry__NotModelOwner"
    )
    await registryWrite(registrant!, "setLicense", [model, "https://example.org/licence.txt", TERMS])
    // Before a token exists the fee and royalties go to the registrant.
    let economy = await readModelEconomy(env.publicClient, { registry: env.deployment.registry, modelCommitment: model })
    expect(economy).toMatchObject({ fee: FEE, payee: registrant!.account.address, revenueToken: null, royaltyBps: 500, termsHash: TERMS })
    await registryWrite(registrant!, "launchRevenueToken", [model, "Mamori default revenue", "MDR", parseEther("1000"), 8000n, 1n])
    economy = await readModelEconomy(env.publicClient, { registry: env.deployment.registry, modelCommitment: model })
    const token = economy.revenueToken!
    expect(token).not.toBe(zeroAddress)
    expect(economy.payee).toBe(token)
    expect(await env.publicClient.readContract({ address: token, abi: modelRevenueTokenAbi, functionName: "balanceOf", args: [registrant!.account.address] })).toBe(
      parseEther("1000")
    )
    await expectRevert(
      registrant!.writeContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "launchRevenueToken", args: [model, "again", "AG", 1n, 0n, 1n] }),
      "ModelRegistry__TokenLaunched"
    )

    const tokenBalance = () => env.publicClient.getBalance({ address: token })
    // Proven path: a wrong amount is refused, the exact fee is paid once.
    const zk = await makeArt("a fee-paying proven mint")
    const zkSalt = await committed(bob!, zk.prompt)
    await expectRevert(revealPrompt(bob!, { collection: collection(), prompt: zk.prompt, aigcData: zk.aigcData, proof: zk.proof, salt: zkSalt }), "MamoriArt__WrongMintFee")
    await expectRevert(
      revealPrompt(bob!, { collection: collection(), prompt: zk.prompt, aigcData: zk.aigcData, proof: zk.proof, salt: zkSalt, value: FEE * 2n }),
      "MamoriArt__WrongMintFee"
    )
    let before = await tokenBalance()
    const zkReceipt = await wait(await revealPrompt(bob!, { collection: collection(), prompt: zk.prompt, aigcData: zk.aigcData, proof: zk.proof, salt: zkSalt, value: FEE }))
    expect((await tokenBalance()) - before).toBe(FEE)
    const fees = zkReceipt.logs.filter((l) => l.topics[0] === toEventSelector("MintFeePaid(uint256,uint256,address,uint256)"))
    expect(fees).toHaveLength(1)
    // Replaying the reveal pays nothing more: the commitment is consumed.
    await expectRevert(
      revealPrompt(bob!, { collection: collection(), prompt: zk.prompt, aigcData: zk.aigcData, proof: zk.proof, salt: zkSalt, value: FEE }),
      "MamoriArt__CommitmentNotFound"
    )
    expect((await tokenBalance()) - before).toBe(FEE)

    // Optimistic path: bond + fee; the fee goes to the token, the bond stays in the collection.
    const op = await makeArt("a fee-paying optimistic mint")
    const opSalt = await committed(bob!, op.prompt)
    before = await tokenBalance()
    const collectionBefore = await env.publicClient.getBalance({ address: collection() })
    const opReceipt = await wait(await revealOptimistic(bob!, { collection: collection(), prompt: op.prompt, aigcData: op.aigcData, salt: opSalt, value: BOND + FEE }))
    console.log(`optimistic mint gas (with a fee to the revenue token): ${opReceipt.gasUsed}`)
    expect(opReceipt.gasUsed).toBeLessThanOrEqual(250_000n)
    expect((await tokenBalance()) - before).toBe(FEE)
    expect((await env.publicClient.getBalance({ address: collection() })) - collectionBefore).toBe(BOND)

    // ERC-2981: 5 % to the revenue token; the licence is in the metadata.
    for (const id of [tokenIdOf(zk.prompt), tokenIdOf(op.prompt)]) {
      expect(await readArt<[Address, bigint]>("royaltyInfo", [id, parseEther("2")])).toEqual([token, parseEther("0.1")])
      const meta = metadata(await readArt<string>("tokenURI", [id]))
      expect(meta.license).toBe("https://example.org/licence.txt")
      expect(meta.license_terms_hash).toBe(TERMS)
    }

    // The registrant's holders share the fees: snapshot, then claim 80 % of them.
    await mine(env, 1)
    const snap = await wait(await bob!.writeContract({ address: token, abi: modelRevenueTokenAbi, functionName: "snapshot" }))
    const ev = snap.logs.map((l) => decodeEventLog({ abi: modelRevenueTokenAbi, ...l })).find((e) => e.eventName === "RevenueSnapshot")!
    expect(ev.args).toMatchObject({ claimable: (FEE * 2n * 8000n) / 10_000n })
    const claimable = await env.publicClient.readContract({ address: token, abi: modelRevenueTokenAbi, functionName: "claimableRevenue", args: [registrant!.account.address, 1n] })
    expect(claimable).toBe((FEE * 2n * 8000n) / 10_000n)
    await registryWrite(registrant!, "setMintFee", [model, 0n])
  })
})
