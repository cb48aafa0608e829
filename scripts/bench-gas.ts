/**
 * `npm run bench:gas`: starts its own local chain, deploys the Studio contracts and measures the gas of
 * commit, reveal-and-mint (with a real Groth16 verification when the circuit artifacts exist), the verifier
 * call alone, the image data-contract creation, model registration, the optimistic path (mint, challenge with a
 * real proof, finalise) and the model revenue token (snapshot, claim, burn). Prints one `name: value unit` line
 * per figure at the end.
 */
import { existsSync } from "node:fs"
import path from "node:path"
import { hexToBytes, keccak256, stringToHex, type Abi, type Address, type Hex } from "viem"
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts"
import { DEV_ACCOUNTS, ROOT, rpc, startChain } from "./lib/chain"
import { ART_ARCHITECTURE_ID, connect, DEFAULT_REVEAL_WINDOW, deployAll, loadArtifact, REAL_VERIFIER_SOURCE } from "./lib/contracts"
import { mamoriArtAbi } from "../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../src/chain/abi/modelRegistryAbi"
import { encodeAigcData, encodeProof } from "../src/chain/aigcData"
import { commitmentHash, randomSalt } from "../src/chain/commitmentHash"
import { modelRevenueTokenAbi } from "../src/chain/abi/modelRevenueTokenAbi"
import type { Deployment } from "../src/chain/deployment"
import { encodeSceneAigcData } from "../src/chain/sceneAigcData"
import { generateArt } from "../src/art/generate"
import { packPixels } from "../src/zk/packPixels"

const REAL = [REAL_VERIFIER_SOURCE, "assets/zk/art.wasm", "assets/zk/art_final.zkey", "src/zk/proveArt.ts"].every((f) => existsSync(path.join(ROOT, f)))

async function main(): Promise<void> {
  if (!REAL) throw new Error("bench:gas needs the real verifier and circuit artifacts (contracts/verifiers/ArtVerifier.sol, assets/zk/)")
  const { proveArt } = await import("../src/zk/proveArt")
  // Hardhat 2: its debug_traceTransaction returns the opcode steps the parts below are read from (Anvil returns
  // none unless started with steps tracing). Same hardfork and accounts as the Anvil devnet, so the same gas.
  const chain = await startChain({ node: "hardhat" })
  try {
    const deployment = await deployAll({ rpcUrl: chain.rpcUrl, privateKey: DEV_ACCOUNTS[0].privateKey })
    const { publicClient } = await connect(chain.rpcUrl, DEV_ACCOUNTS[0].privateKey)
    const collection = deployment.collection
    const wasm = path.join(ROOT, "assets/zk/art.wasm")
    const zkey = path.join(ROOT, "assets/zk/art_final.zkey")
    const waitGas = async (hash: Hex) => {
      const r = await publicClient.waitForTransactionReceipt({ hash })
      if (r.status !== "success") throw new Error(`transaction ${hash} reverted`)
      return r.gasUsed
    }

    const results: Record<string, bigint> = {}
    // The longest prompt, for every kind of byte mix, built to cost the most (see worstCase below). "max" keeps the
    // earlier figure's name (ASCII).
    const prompts: [string, string][] = [
      ["typical", "a quiet harbour at dawn, boats asleep"],
      ["max", worstCase(ASCII_MAX)],
      ["max-2byte", worstCase(TWO_BYTE_MAX)],
      ["max-multibyte", worstCase(THREE_BYTE_MAX)],
      ["max-emoji", worstCase(EMOJI_MAX)],
      ["max-mixed", worstCase(MIXED_CJK_MAX)],
      ["max-allwidths", worstCase(ALL_WIDTHS_MAX)]
    ]
    for (const [label, prompt] of prompts) {
      // A fresh account per mint, funded here: its first token costs the most (balance slot from zero).
      const minterKey = generatePrivateKey()
      const funder = await connect(chain.rpcUrl, DEV_ACCOUNTS[0].privateKey)
      await waitGas(await funder.walletClient.sendTransaction({ to: privateKeyToAccount(minterKey).address, value: 10n ** 18n }))
      const { walletClient } = await connect(chain.rpcUrl, minterKey)
      const out = await proveArt({ prompt, wasm, zkey })
      const aigcData = encodeAigcData({ modelCommitment: BigInt(deployment.modelCommitment), words: out.words })
      const proof = encodeProof(out.calldata)
      const salt = denseSalt(walletClient.account.address, prompt)
      const commitGas = await waitGas(
        await walletClient.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(walletClient.account.address, prompt, salt)] })
      )
      const revealHash = await walletClient.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "reveal", args: [stringToHex(prompt), aigcData, proof, salt] })
      const revealGas = await waitGas(revealHash)
      results[`commit-${label}`] = commitGas
      results[`reveal-${label}`] = revealGas
      console.log(
        `${label} prompt (${new TextEncoder().encode(prompt).length} bytes, ${zeroBytes(aigcData)} zero bytes in aigcData): commit ${commitGas}, reveal-and-mint ${revealGas}`
      )

      // The parts, from the reveal's own execution trace: the verifier STATICCALL and the data-contract CREATE2.
      const parts = await revealParts(chain.rpcUrl, revealHash, deployment.verifier)
      results[`verify-${label}`] = parts.verify
      results[`store-${label}`] = parts.store
      console.log(`  of which verifier call ${parts.verify}, data contract ${parts.store}`)
    }
    const artMax = prompts.filter(([label]) => label.startsWith("max"))
    const worstReveal = artMax.reduce((a, [label]) => (results[`reveal-${label}`]! > results[`reveal-${a}`]! ? label : a), "max")
    const worstCommit = artMax.reduce((a, [label]) => (results[`commit-${label}`]! > results[`commit-${a}`]! ? label : a), "max")

    // The scene architecture (mamori-scene-v1): the adapter's tokenizer and proof check, then the same mint.
    const { proveScene } = await import("../src/zk/proveScene")
    // Every prompt differs from the art ones above: a prompt is minted once per collection, whatever its model.
    const scenePrompts: [string, string][] = [
      ["typical", "a lighthouse in a storm at midnight"],
      // 160 bytes of vocabulary words (the most slots and elements drawn).
      [
        "max",
        "red boats on the sea at sunset, a lighthouse, gulls, a castle and a bridge over the river, snowy mountains, a city, trees, flowers, stars and moon in fog and rain".slice(
          0,
          160
        )
      ],
      // 160 bytes, 80 one-byte words: the tokenizer's worst case (one keccak per word).
      ["max-words", "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 ".repeat(3).slice(0, 160)],
      ["max-multibyte", `${"灯".repeat(53)}!`],
      ["max-emoji", "🌙".repeat(40)],
      // Short words of every width: many words (keccaks) and the UTF-8 check's general path in every word.
      ["max-mixed", `${"a 灯 é 🌙 ".repeat(11)}a 灯 `]
    ]
    for (const [label, prompt] of scenePrompts) {
      const minterKey = generatePrivateKey()
      const funder = await connect(chain.rpcUrl, DEV_ACCOUNTS[0].privateKey)
      await waitGas(await funder.walletClient.sendTransaction({ to: privateKeyToAccount(minterKey).address, value: 10n ** 18n }))
      const { walletClient } = await connect(chain.rpcUrl, minterKey)
      const out = await proveScene({ prompt, wasm: path.join(ROOT, "assets/zk/scene.wasm"), zkey: path.join(ROOT, "assets/zk/scene_final.zkey") })
      const aigcData = encodeSceneAigcData({ modelCommitment: out.modelCommitment, scene: out.scene })
      const salt = denseSalt(walletClient.account.address, prompt)
      results[`scene-commit-${label}`] = await waitGas(
        await walletClient.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(walletClient.account.address, prompt, salt)] })
      )
      const revealHash = await walletClient.writeContract({
        address: collection,
        abi: mamoriArtAbi,
        functionName: "reveal",
        args: [stringToHex(prompt), aigcData, encodeProof(out.calldata), salt]
      })
      results[`scene-reveal-${label}`] = await waitGas(revealHash)
      const parts = await revealParts(chain.rpcUrl, revealHash, deployment.sceneArchitecture!)
      results[`scene-verify-${label}`] = parts.verify
      results[`scene-store-${label}`] = parts.store
      console.log(
        `scene ${label} prompt (${new TextEncoder().encode(prompt).length} bytes): commit ${results[`scene-commit-${label}`]}, reveal-and-mint ${results[`scene-reveal-${label}`]}, of which architecture (tokenizer + verifier) ${parts.verify}, data contract ${parts.store}`
      )
    }

    const sceneMax = scenePrompts.filter(([label]) => label.startsWith("max"))
    const sceneWorst = sceneMax.reduce((a, [label]) => (results[`scene-reveal-${label}`]! > results[`scene-reveal-${a}`]! ? label : a), "max")
    const sceneWorstCommit = sceneMax.reduce((a, [label]) => (results[`scene-commit-${label}`]! > results[`scene-commit-${a}`]! ? label : a), "max")

    const register = await connect(chain.rpcUrl, DEV_ACCOUNTS[0].privateKey)
    const registerGas = await waitGas(
      await register.walletClient.writeContract({
        address: deployment.registry,
        abi: modelRegistryAbi,
        functionName: "registerModel",
        args: [123456789n, ART_ARCHITECTURE_ID, "my custom weights", "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"]
      })
    )
    const economy = await benchEconomy(chain.rpcUrl, deployment, waitGas, proveArt, wasm, zkey)
    const deployGas = loadArtifact("MamoriArt").bytecode.length / 2 - 1

    console.log(`(MamoriArt init code: ${deployGas} bytes)`)
    console.log(`(worst art reveal: ${worstReveal}; worst scene reveal: ${sceneWorst})`)
    console.log(`gas-commit: ${results["commit-typical"]} gas`)
    console.log(`gas-reveal-mint: ${results["reveal-typical"]} gas`)
    console.log(`gas-reveal-mint-max-prompt: ${results["reveal-max"]} gas`)
    console.log(`gas-reveal-mint-max-prompt-multibyte: ${results["reveal-max-multibyte"]} gas`)
    console.log(`gas-reveal-mint-max-prompt-emoji: ${results["reveal-max-emoji"]} gas`)
    console.log(`gas-reveal-mint-max-prompt-mixed: ${results["reveal-max-mixed"]} gas`)
    console.log(`gas-reveal-mint-max-prompt-2byte: ${results["reveal-max-2byte"]} gas`)
    console.log(`gas-reveal-mint-max-prompt-allwidths: ${results["reveal-max-allwidths"]} gas`)
    console.log(`gas-commit-max-prompt-worst: ${results[`commit-${worstCommit}`]} gas`)
    console.log(`gas-reveal-mint-max-prompt-worst: ${results[`reveal-${worstReveal}`]} gas`)
    console.log(`gas-verify: ${results["verify-typical"]} gas`)
    console.log(`gas-image-store: ${results["store-typical"]} gas`)
    console.log(`gas-image-store-max-prompt: ${results["store-max"]} gas`)
    console.log(`gas-register-model: ${registerGas} gas`)
    console.log(`gas-reveal-mint-max-prompt-worst-with-fee: ${economy.revealWithFee} gas`)
    console.log(`gas-optimistic-mint: ${economy.optimisticMint} gas`)
    console.log(`gas-optimistic-mint-with-fee: ${economy.optimisticMintWithFee} gas`)
    console.log(`gas-challenge: ${economy.challenge} gas`)
    console.log(`gas-finalise: ${economy.finalise} gas`)
    console.log(`gas-revenue-snapshot: ${economy.snapshot} gas`)
    console.log(`gas-claim: ${economy.claim} gas`)
    console.log(`gas-burn-redeem: ${economy.burn} gas`)
    console.log(`gas-scene-reveal-mint: ${results["scene-reveal-typical"]} gas`)
    console.log(`gas-scene-reveal-mint-max-prompt: ${results["scene-reveal-max"]} gas`)
    console.log(`gas-scene-reveal-mint-max-words: ${results["scene-reveal-max-words"]} gas`)
    console.log(`gas-scene-reveal-mint-max-prompt-multibyte: ${results["scene-reveal-max-multibyte"]} gas`)
    console.log(`gas-scene-reveal-mint-max-prompt-emoji: ${results["scene-reveal-max-emoji"]} gas`)
    console.log(`gas-scene-reveal-mint-max-prompt-mixed: ${results["scene-reveal-max-mixed"]} gas`)
    console.log(`gas-scene-commit-max-prompt-worst: ${results[`scene-commit-${sceneWorstCommit}`]} gas`)
    console.log(`gas-scene-reveal-mint-max-prompt-worst: ${results[`scene-reveal-${sceneWorst}`]} gas`)
    console.log(`gas-scene-verify: ${results["scene-verify-typical"]} gas`)
    console.log(`gas-scene-verify-max-words: ${results["scene-verify-max-words"]} gas`)
    console.log(`gas-scene-image-store-max-prompt: ${results["scene-store-max"]} gas`)
  } finally {
    await chain.stop()
  }
}

/**
 * 160-byte prompts of one byte mix each, built to cost the most at reveal. What varies with the prompt, besides its
 * bytes: the UTF-8 check (fast paths for a word of one character width, the general path otherwise) and the
 * calldata of aigcData (4 gas per zero byte, 16 per other byte), which depends on the image. Each family yields
 * candidates of the same mix; worstCase keeps the one whose image has the fewest zero bytes in its pixel words.
 */
const pick = (chars: string[], i: number, j: number) => chars[(i * 7 + j * 13 + ((i * j) % 5)) % chars.length]!
const ASCII_MAX = (i: number) => `a long prompt that fills the 160-byte limit ${i}: `.padEnd(160, "~")
const TWO_BYTE_MAX = (i: number) => Array.from({ length: 80 }, (_, j) => pick([..."éüñçøßλπΩжщяأبש"], i, j)).join("")
// 53 three-byte characters and one ASCII byte: the last word leaves the three-byte fast path.
const THREE_BYTE_MAX = (i: number) => `${Array.from({ length: 53 }, (_, j) => pick([..."港灯山海月星雨雪風花鳥"], i, j)).join("")}~`
const EMOJI_MAX = (i: number) =>
  Array.from({ length: 40 }, (_, j) =>
    pick(
      [..."🌊🌅🌙⭐🐚🦀🐙🌸🍂🔥"].filter((c) => c.length === 2),
      i,
      j
    )
  ).join("")
// ASCII and CJK alternating: no word is one width, so every word takes the general path.
const MIXED_CJK_MAX = (i: number) => Array.from({ length: 40 }, (_, j) => `${pick([..."abcdefgh"], i, j)}${pick([..."港灯山海月星"], i, j + 1)}`).join("")
// 1, 2, 3 and 4-byte characters in turn (10 bytes), 16 times.
const ALL_WIDTHS_MAX = (i: number) =>
  Array.from({ length: 16 }, (_, j) => `${pick([..."xyz"], i, j)}${pick([..."éñ"], i, j)}${pick([..."港月"], i, j)}${pick(["🌊", "🌙"], i, j)}`).join("")

function worstCase(family: (i: number) => string, candidates = 48): string {
  let best = ""
  let bestZeros = Number.POSITIVE_INFINITY
  for (let i = 0; i < candidates; i++) {
    const prompt = family(i)
    if (new TextEncoder().encode(prompt).length !== 160) throw new Error(`bench prompt is not 160 bytes: ${prompt}`)
    const zeros = zeroBytes(encodeAigcData({ modelCommitment: 1n, words: packPixels(generateArt(prompt)) }))
    if (zeros < bestZeros) [best, bestZeros] = [prompt, zeros]
  }
  return best
}

function zeroBytes(hex: Hex): number {
  return hexToBytes(hex).filter((b) => b === 0).length
}

/** A salt with no zero byte whose commitment has none either: the costliest calldata for commit and reveal. */
function denseSalt(sender: Address, prompt: string): Hex {
  for (;;) {
    const salt = randomSalt()
    if (zeroBytes(salt) === 0 && zeroBytes(commitmentHash(sender, prompt, salt)) === 0) return salt
  }
}

type ProveArt = typeof import("../src/zk/proveArt").proveArt

/**
 * The optimistic path and the revenue token: an optimistic mint of altered pixels (fresh minter), its challenge
 * with a real proof (another fresh account), an honest optimistic mint refunded by finalise after the window, then
 * the model's revenue token: a fee-paying optimistic mint, snapshot, a holder's claim and a burn.
 */
async function benchEconomy(rpcUrl: string, deployment: Deployment, waitGas: (hash: Hex) => Promise<bigint>, proveArt: ProveArt, wasm: string, zkey: string) {
  const owner = await connect(rpcUrl, DEV_ACCOUNTS[0].privateKey)
  const collection = deployment.collection
  const model = BigInt(deployment.modelCommitment)
  const bond = 10n ** 16n
  const window = 3n
  const ownerWrite = async (address: Address, abi: Abi, functionName: string, args: unknown[], value?: bigint) =>
    waitGas(await owner.walletClient.writeContract({ address, abi, functionName, args, value } as never))
  await ownerWrite(collection, mamoriArtAbi, "setOptimisticTerms", [bond, window])
  const fresh = async () => {
    const key = generatePrivateKey()
    await waitGas(await owner.walletClient.sendTransaction({ to: privateKeyToAccount(key).address, value: 10n ** 18n }))
    return (await connect(rpcUrl, key)).walletClient
  }
  const mintOptimistic = async (prompt: string, tamper: boolean, fee = 0n) => {
    const minter = await fresh()
    const out = await proveArt({ prompt, wasm, zkey })
    const words = [...out.words]
    if (tamper) words[0] = (words[0]! & ~3n) | ((words[0]! + 1n) & 3n)
    const salt = randomSalt()
    await waitGas(await minter.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(minter.account.address, prompt, salt)] }))
    const gas = await waitGas(
      await minter.writeContract({
        address: collection,
        abi: mamoriArtAbi,
        functionName: "revealOptimistic",
        args: [stringToHex(prompt), encodeAigcData({ modelCommitment: model, words }), salt],
        value: bond + fee
      })
    )
    return { gas, out }
  }
  const dishonest = await mintOptimistic("a quiet harbour at dusk, boats awake", true)
  const challenger = await fresh()
  const challenge = await waitGas(
    await challenger.writeContract({
      address: collection,
      abi: mamoriArtAbi,
      functionName: "challenge",
      args: [stringToHex("a quiet harbour at dusk, boats awake"), encodeAigcData({ modelCommitment: model, words: dishonest.out.words }), encodeProof(dishonest.out.calldata)]
    })
  )
  const honest = await mintOptimistic("a quiet harbour at noon, boats asleep", false)
  // The bond returns once the challenge window has closed and the token is final (no older commitment can reveal).
  await rpc(rpcUrl, "hardhat_mine", [`0x${(DEFAULT_REVEAL_WINDOW + 1n).toString(16)}`])
  const finalise = await waitGas(
    await challenger.writeContract({
      address: collection,
      abi: mamoriArtAbi,
      functionName: "finalise",
      args: [BigInt(keccak256(stringToHex("a quiet harbour at noon, boats asleep")))]
    })
  )
  console.log(`optimistic mint ${dishonest.gas} (honest ${honest.gas}), challenge ${challenge}, finalise ${finalise}`)

  // Revenue token: launched by the registrant (account 0), a quarter of the supply sold to a holder.
  const fee = 10n ** 15n
  await ownerWrite(deployment.registry, modelRegistryAbi, "setMintFee", [model, fee])
  await ownerWrite(deployment.registry, modelRegistryAbi, "launchRevenueToken", [model, "Mamori default revenue", "MDR", 10n ** 24n, 8000n, 1n])
  const [, token] = (await owner.publicClient.readContract({ address: deployment.registry, abi: modelRegistryAbi, functionName: "economyOf", args: [model] })) as readonly [
    bigint,
    Address,
    bigint
  ]
  const holder = await fresh()
  await ownerWrite(token, modelRevenueTokenAbi, "transfer", [holder.account.address, 25n * 10n ** 22n])
  const withFee = await mintOptimistic("a harbour that pays its model", false, fee)
  // The proven path's worst case (160 bytes, every word on the UTF-8 general path) paying the fee to the revenue token.
  const feePrompt = worstCase((i) => MIXED_CJK_MAX(i + 1000))
  const feeMinter = await fresh()
  const feeOut = await proveArt({ prompt: feePrompt, wasm, zkey })
  const feeSalt = denseSalt(feeMinter.account.address, feePrompt)
  await waitGas(
    await feeMinter.writeContract({ address: collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(feeMinter.account.address, feePrompt, feeSalt)] })
  )
  const revealWithFee = await waitGas(
    await feeMinter.writeContract({
      address: collection,
      abi: mamoriArtAbi,
      functionName: "reveal",
      args: [stringToHex(feePrompt), encodeAigcData({ modelCommitment: model, words: feeOut.words }), encodeProof(feeOut.calldata), feeSalt],
      value: fee
    })
  )
  const snapshot = await ownerWrite(token, modelRevenueTokenAbi, "snapshot", [])
  const claim = await waitGas(await holder.writeContract({ address: token, abi: modelRevenueTokenAbi, functionName: "claim", args: [1n] }))
  const burn = await waitGas(await holder.writeContract({ address: token, abi: modelRevenueTokenAbi, functionName: "burn", args: [10n ** 22n] }))
  await ownerWrite(deployment.registry, modelRegistryAbi, "setMintFee", [model, 0n])
  console.log(`proven reveal-and-mint of a 160-byte mixed prompt with a fee ${revealWithFee}`)
  console.log(`optimistic mint with a fee ${withFee.gas}, snapshot ${snapshot}, claim ${claim}, burn ${burn}`)
  return { revealWithFee, optimisticMint: dishonest.gas, optimisticMintWithFee: withFee.gas, challenge, finalise, snapshot, claim, burn }
}

type StructLog = { op: string; gas: number; depth: number; stack?: string[] }

/**
 * Gas spent inside the reveal by the verifier call and by the data-contract creation: for a call-like opcode
 * in the collection's frame, the gas left before it minus the gas left at the next step back in that frame.
 */
async function revealParts(rpcUrl: string, hash: Hex, verifier: string): Promise<{ verify: bigint; store: bigint }> {
  const trace = await rpc<{ structLogs: StructLog[] }>(rpcUrl, "debug_traceTransaction", [hash, { disableMemory: true, disableStorage: true }])
  const logs = trace.structLogs
  const top = logs[0]!.depth
  let verify = 0n
  let store = 0n
  for (let i = 0; i < logs.length; i++) {
    const step = logs[i]!
    if (step.depth !== top || (step.op !== "STATICCALL" && step.op !== "CREATE2")) continue
    let j = i + 1
    while (j < logs.length && logs[j]!.depth !== top) j++
    const cost = BigInt(step.gas - logs[j]!.gas)
    if (step.op === "CREATE2") store += cost
    else if (BigInt(`0x${step.stack![step.stack!.length - 2]!.replace(/^0x/, "")}`) === BigInt(verifier)) verify += cost
  }
  if (!verify || !store) throw new Error("could not find the verifier call or the data-contract creation in the trace")
  return { verify, store }
}

// snarkjs keeps worker threads alive: exit explicitly.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
