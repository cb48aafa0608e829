/**
 * What wallets and indexers see: ERC-165 ids (computed from the selectors here), event layouts, the on-chain
 * tokenURI (JSON that parses even for hostile prompts, an image that decodes back to the minted pixels), the
 * data contract holding the image, and the model registry's rules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { decodeAbiParameters, getContractAddress, keccak256, parseAbiItem, stringToHex, toEventSelector, toFunctionSelector, type Hex } from "viem"
import { mamoriArtAbi } from "../../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../../src/chain/abi/modelRegistryAbi"
import { artRendererAbi } from "../../../src/chain/abi/artRendererAbi"
import { randomSalt } from "../../../src/chain/commitmentHash"
import { toChainError } from "../../../src/chain/errors"
import { storedImageData } from "../../../src/chain/storedImageData"
import { commitPrompt, revealPrompt, verifyOnChain } from "../../../src/chain"
import { tokenIdOf } from "../../../src/chain/tokenIdOf"
import { palette } from "../../../src/art/palette"
import { groth16VerifierAbi } from "../../../src/chain/abi/groth16VerifierAbi"
import { loadArtifact } from "../../../scripts/lib/contracts"
import { makeArt, REAL_PROOFS, setup, type Env, type Minted } from "./helpers"

let env: Env
const minted: { art: Minted; revealHash: Hex; commitHash: Hex }[] = []
const HOSTILE = 'He said "hi" \u0000 \\ then\nleft\ttab\r\u0001\u001f\u007f ☃ 日本 </svg><script>x</script> {"name":"evil"}'

/** XOR of 4-byte selectors: an ERC-165 interface id. */
function interfaceId(signatures: string[]): Hex {
  const x = signatures.reduce((acc, s) => acc ^ parseInt(toFunctionSelector(s).slice(2), 16), 0) >>> 0
  return `0x${x.toString(16).padStart(8, "0")}`
}

/** A tiny BMP decoder (uncompressed, palette, 1/4/8 bpp): palette as [r,g,b] and row-major palette indices. */
function decodeBmp(bytes: Uint8Array): { width: number; height: number; palette: number[][]; indices: number[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("BM")
  expect(view.getUint32(2, true)).toBe(bytes.length)
  const offset = view.getUint32(10, true)
  const width = view.getInt32(18, true)
  const rawHeight = view.getInt32(22, true)
  const bpp = view.getUint16(28, true)
  expect(view.getUint32(30, true)).toBe(0)
  const colours = view.getUint32(46, true) || 2 ** bpp
  const pal = Array.from({ length: colours }, (_, i) => [bytes[54 + 4 * i + 2]!, bytes[54 + 4 * i + 1]!, bytes[54 + 4 * i]!])
  const height = Math.abs(rawHeight)
  const stride = Math.ceil((width * bpp) / 32) * 4
  const indices: number[] = []
  for (let y = 0; y < height; y++) {
    const row = rawHeight > 0 ? height - 1 - y : y
    for (let x = 0; x < width; x++) {
      const bit = x * bpp
      const byte = bytes[offset + row * stride + (bit >> 3)]!
      indices.push((byte >> (8 - bpp - (bit & 7))) & ((1 << bpp) - 1))
    }
  }
  return { width, height, palette: pal, indices }
}

const base64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"))

beforeAll(async () => {
  env = await setup()
  const [alice] = env.wallets
  for (const prompt of ["a quiet harbour at dawn", HOSTILE]) {
    const art = await makeArt(prompt)
    const salt = randomSalt()
    const { hash: commitHash } = await commitPrompt(alice!, { collection: env.deployment.collection, prompt, salt })
    await env.publicClient.waitForTransactionReceipt({ hash: commitHash })
    const revealHash = await revealPrompt(alice!, { collection: env.deployment.collection, prompt, aigcData: art.aigcData, proof: art.proof, salt })
    expect((await env.publicClient.waitForTransactionReceipt({ hash: revealHash })).status).toBe("success")
    minted.push({ art, revealHash, commitHash })
  }
}, 120_000)
afterAll(async () => env?.stop())

describe("generated ABIs", () => {
  it("src/chain/abi matches the compiled contracts (run npm run compile:contracts after editing a .sol)", () => {
    expect(mamoriArtAbi).toEqual(loadArtifact("MamoriArt").abi)
    expect(modelRegistryAbi).toEqual(loadArtifact("ModelRegistry").abi)
    expect(artRendererAbi).toEqual(loadArtifact("ArtRenderer").abi)
    expect(groth16VerifierAbi).toEqual(loadArtifact("IGroth16Verifier").abi)
    // The generated verifier (when built) has the function the collection calls.
    if (!REAL_PROOFS) return
    const real = loadArtifact("Groth16Verifier").abi.find((i) => i.type === "function" && i.name === "verifyProof")
    expect(real && "inputs" in real ? real.inputs.map((i) => i.type) : []).toEqual(["uint256[2]", "uint256[2][2]", "uint256[2]", "uint256[11]"])
  })
})

describe("ERC-165", () => {
  it("computes the standard's interface ids from the selectors", () => {
    expect(interfaceId(["addAigcData(uint256,bytes,bytes,bytes)", "verify(bytes,bytes,bytes)"])).toBe("0x702c55a6")
    expect(interfaceId(["tokenId(bytes)", "prompt(uint256)"])).toBe("0xfa1a557a")
    expect(interfaceId(["update(bytes,bytes)"])).toBe("0x3f37dce2")
    expect(
      interfaceId([
        "balanceOf(address)",
        "ownerOf(uint256)",
        "safeTransferFrom(address,address,uint256,bytes)",
        "safeTransferFrom(address,address,uint256)",
        "transferFrom(address,address,uint256)",
        "approve(address,uint256)",
        "setApprovalForAll(address,bool)",
        "getApproved(uint256)",
        "isApprovedForAll(address,address)"
      ])
    ).toBe("0x80ac58cd")
    expect(interfaceId(["name()", "symbol()", "tokenURI(uint256)"])).toBe("0x5b5e139f")
    expect(interfaceId(["supportsInterface(bytes4)"])).toBe("0x01ffc9a7")
    expect(interfaceId(["royaltyInfo(uint256,uint256)"])).toBe("0x2a55205a")
  })

  it("supportsInterface answers true for every id claimed and false otherwise", async () => {
    const supports = (id: Hex) => env.publicClient.readContract({ address: env.deployment.collection, abi: mamoriArtAbi, functionName: "supportsInterface", args: [id] })
    // ERC-165, ERC-721, ERC-721 Metadata, ERC-7007, its Enumerable and Updatable extensions, ERC-2981.
    for (const id of ["0x01ffc9a7", "0x80ac58cd", "0x5b5e139f", "0x702c55a6", "0xfa1a557a", "0x3f37dce2", "0x2a55205a"] as Hex[]) expect(await supports(id), id).toBe(true)
    // Not claimed: ERC721Enumerable, the 2023 draft's id, the ERC-165 invalid id.
    for (const id of ["0x780e9d63", "0x7e52e423", "0xffffffff"] as Hex[]) expect(await supports(id), id).toBe(false)
  })
})

describe("events", () => {
  it("AigcData has the Final text's signature and layout (tokenId, prompt and aigcData indexed; proof in data)", async () => {
    const standard = parseAbiItem("event AigcData(uint256 indexed tokenId, bytes indexed prompt, bytes indexed aigcData, bytes proof)")
    const ours = mamoriArtAbi.find((i) => i.type === "event" && i.name === "AigcData")!
    const shape = (inputs: readonly { type: string; name?: string; indexed?: boolean }[]) => inputs.map((i) => [i.type, i.name, i.indexed === true])
    expect(shape(ours.inputs)).toEqual(shape(standard.inputs))
    expect(shape(ours.inputs).map((i) => i[2])).toEqual([true, true, true, false])
    const topic0 = toEventSelector("AigcData(uint256,bytes,bytes,bytes)")
    for (const { art, revealHash } of minted) {
      const receipt = await env.publicClient.getTransactionReceipt({ hash: revealHash })
      const log = receipt.logs.find((l) => l.topics[0] === topic0)!
      expect(log.address.toLowerCase()).toBe(env.deployment.collection.toLowerCase())
      expect(log.topics).toEqual([topic0, `0x${tokenIdOf(art.prompt).toString(16).padStart(64, "0")}`, keccak256(stringToHex(art.prompt)), keccak256(art.aigcData)])
      const [proof] = decodeAbiParameters([{ type: "bytes" }], log.data)
      expect(proof).toBe(art.proof)
      // An indexer can re-verify from the event and the stored data.
      const stored = await env.publicClient.readContract({ address: env.deployment.collection, abi: mamoriArtAbi, functionName: "aigcDataOf", args: [tokenIdOf(art.prompt)] })
      expect(await verifyOnChain(env.publicClient, { collection: env.deployment.collection, prompt: art.prompt, aigcData: stored, proof })).toBe(true)
      // Transfer from zero, and Revealed, in the same receipt.
      const transfer = receipt.logs.find((l) => l.topics[0] === toEventSelector("Transfer(address,address,uint256)"))!
      expect(BigInt(transfer.topics[1]!)).toBe(0n)
      expect(BigInt(transfer.topics[3]!)).toBe(tokenIdOf(art.prompt))
      expect(receipt.logs.some((l) => l.topics[0] === toEventSelector("Revealed(address,bytes32,uint256)"))).toBe(true)
    }
    const commit = await env.publicClient.getTransactionReceipt({ hash: minted[0]!.commitHash })
    expect(commit.logs[0]!.topics[0]).toBe(toEventSelector("Committed(address,bytes32,uint256)"))
  })
})

describe("tokenURI and on-chain image", () => {
  it("returns ERC-7007 JSON that parses, even for a prompt full of quotes, backslashes and control characters", async () => {
    for (const { art } of minted) {
      const uri = await env.publicClient.readContract({ address: env.deployment.collection, abi: mamoriArtAbi, functionName: "tokenURI", args: [tokenIdOf(art.prompt)] })
      const prefix = "data:application/json;base64,"
      expect(uri.startsWith(prefix)).toBe(true)
      const json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(base64(uri.slice(prefix.length)))) as Record<string, string>
      expect(Object.keys(json).sort()).toEqual([
        "aigc_data",
        "aigc_type",
        "description",
        "image",
        "license",
        "license_terms_hash",
        "model",
        "model_commitment",
        "name",
        "prompt",
        "proof_type",
        "status"
      ])
      expect(json.status).toBe("verified")
      expect(json.license).toBe("")
      expect(BigInt(json.license_terms_hash!)).toBe(0n)
      expect(json.prompt).toBe(art.prompt)
      expect(json.aigc_type).toBe("image")
      expect(json.proof_type).toBe("validity")
      expect(json.model).toBe("Mamori default")
      expect(BigInt(json.model_commitment!)).toBe(art.modelCommitment)
      expect(json.name).toMatch(/^Mamori #0x[0-9a-f]{8}$/)

      // image: an SVG wrapping the BMP, scaled with pixelated rendering.
      expect(json.image!.startsWith("data:image/svg+xml;base64,")).toBe(true)
      const svg = new TextDecoder().decode(base64(json.image!.slice("data:image/svg+xml;base64,".length)))
      expect(svg).toContain("image-rendering:pixelated")
      const href = /href="data:image\/bmp;base64,([A-Za-z0-9+/=]+)"/.exec(svg)![1]!
      expect(json.aigc_data).toBe(`data:image/bmp;base64,${href}`)
      const bmp = decodeBmp(base64(href))
      expect([bmp.width, bmp.height]).toEqual([32, 32])
      expect(bmp.indices).toEqual(Array.from(art.pixels))
      expect(bmp.palette).toEqual(palette(art.prompt).map((c) => [...c]))
    }
  })

  it("keeps the pixels and prompt on-chain in a CREATE2 data contract at a derivable address", async () => {
    const { art, commitHash } = minted[1]!
    const committedAt = (await env.publicClient.getTransactionReceipt({ hash: commitHash })).blockNumber
    const pointer = getContractAddress({
      opcode: "CREATE2",
      from: env.deployment.collection,
      salt: `0x${tokenIdOf(art.prompt).toString(16).padStart(64, "0")}`,
      bytecodeHash: keccak256("0x63c8105a285f525f5f6004601c335afa15601b573d5f5f3e3d5ff35b5f5ffd")
    })
    const code = await env.publicClient.getCode({ address: pointer })
    expect(code).toBe(`0x00${storedImageData(art.prompt, art.aigcData, committedAt).slice(2)}`)
    expect(toFunctionSelector("stagedCode()")).toBe("0xc8105a28")
    // Outside a reveal nothing is staged.
    expect(await env.publicClient.call({ to: env.deployment.collection, data: "0xc8105a28" })).toEqual({ data: undefined })
  })

  it("prompt(tokenId) and tokenId(prompt) round-trip; unknown tokens revert", async () => {
    const { art } = minted[1]!
    const read = (functionName: "prompt" | "tokenURI", id: bigint) =>
      env.publicClient.readContract({ address: env.deployment.collection, abi: mamoriArtAbi, functionName, args: [id] })
    expect(await read("prompt", tokenIdOf(art.prompt))).toBe(art.prompt)
    expect(await env.publicClient.readContract({ address: env.deployment.collection, abi: mamoriArtAbi, functionName: "tokenId", args: [stringToHex(art.prompt)] })).toBe(
      tokenIdOf(art.prompt)
    )
    const missing = await read("tokenURI", 1n).catch((e: unknown) => toChainError(e))
    expect((missing as { code: string }).code).toBe("chain/ERC721NonexistentToken")
  })

  it("the renderer's palette matches src/art's for many prompts", async () => {
    for (const prompt of ["", "a", "a quiet harbour at dawn", HOSTILE, "🦊".repeat(30)]) {
      const colours = await env.publicClient.readContract({ address: env.deployment.renderer, abi: artRendererAbi, functionName: "palette", args: [stringToHex(prompt)] })
      expect(colours.map((c) => [c >> 16, (c >> 8) & 255, c & 255])).toEqual(palette(prompt).map((c) => [...c]))
    }
  })
})

describe("model registry", () => {
  const write = async (
    index: number,
    functionName: "registerArchitecture" | "registerModel" | "setModelMetadataURI" | "retireModel" | "retireArchitecture",
    args: readonly unknown[]
  ) => {
    const wallet = env.wallets[index]!
    try {
      const hash = await wallet.writeContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName, args } as never)
      return await env.publicClient.waitForTransactionReceipt({ hash })
    } catch (error) {
      throw toChainError(error)
    }
  }
  const code = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: { code: string }) => e.code
    )

  it("registered the default model before any mint, with its owner, architecture and verifier", async () => {
    const model = await env.publicClient.readContract({
      address: env.deployment.registry,
      abi: modelRegistryAbi,
      functionName: "model",
      args: [BigInt(env.deployment.modelCommitment)]
    })
    expect(model).toMatchObject({ owner: env.wallets[0]!.account.address, architectureId: 1, name: "Mamori default" })
    expect(
      await env.publicClient.readContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "verifierOf", args: [BigInt(env.deployment.modelCommitment)] })
    ).toBe(env.deployment.verifier)
  })

  it("only the registry owner adds architectures; ids, verifiers, commitments and names are checked", async () => {
    expect(await code(write(1, "registerArchitecture", [3, env.deployment.verifier, "x"]))).toBe("chain/OwnableUnauthorizedAccount")
    expect(await code(write(0, "registerArchitecture", [1, env.deployment.verifier, "again"]))).toBe("chain/ModelRegistry__InvalidArchitectureId")
    expect(await code(write(0, "registerArchitecture", [0, env.deployment.verifier, "zero"]))).toBe("chain/ModelRegistry__InvalidArchitectureId")
    // Id 2 is the scene architecture the deploy script registers; 3 is free.
    expect(await code(write(0, "registerArchitecture", [2, env.deployment.verifier, "taken"]))).toBe("chain/ModelRegistry__InvalidArchitectureId")
    expect(await code(write(0, "registerArchitecture", [3, env.wallets[2]!.account.address, "eoa"]))).toBe("chain/ModelRegistry__VerifierNotContract")
    const r = 21888242871839275222246405745257275088548364400416034343698204186575808495617n
    expect(await code(write(1, "registerModel", [r, 1, "too big", ""]))).toBe("chain/ModelRegistry__InvalidCommitment")
    expect(await code(write(1, "registerModel", [0n, 1, "zero", ""]))).toBe("chain/ModelRegistry__InvalidCommitment")
    expect(await code(write(1, "registerModel", [77n, 9, "no arch", ""]))).toBe("chain/ModelRegistry__UnknownArchitecture")
    expect(await code(write(1, "registerModel", [77n, 1, "", ""]))).toBe("chain/ModelRegistry__InvalidName")
    expect(await code(write(1, "registerModel", [77n, 1, "n", "u".repeat(257)]))).toBe("chain/ModelRegistry__UriTooLong")
    expect(await code(write(1, "registerModel", [BigInt(env.deployment.modelCommitment), 1, "squat", ""]))).toBe("chain/ModelRegistry__ModelExists")
  })

  it("a model owner can update its metadata URI, others cannot; each change emits an event", async () => {
    const receipt = await write(1, "registerModel", [r1, 1, "bob's model", "ipfs://one"])
    expect(receipt.logs[0]!.topics[0]).toBe(toEventSelector("ModelRegistered(uint256,address,uint32,string,string)"))
    expect(BigInt(receipt.logs[0]!.topics[1]!)).toBe(r1)
    expect(await code(write(2, "setModelMetadataURI", [r1, "ipfs://evil"]))).toBe("chain/ModelRegistry__NotModelOwner")
    const update = await write(1, "setModelMetadataURI", [r1, "ipfs://two"])
    expect(update.logs[0]!.topics[0]).toBe(toEventSelector("ModelMetadataURIUpdated(uint256,string)"))
    const model = await env.publicClient.readContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "model", args: [r1] })
    expect(model.metadataURI).toBe("ipfs://two")
  })

  it("a model name cannot be spoofed: look-alikes of a registered name are taken, odd characters refused", async () => {
    const taken = BigInt(env.deployment.modelCommitment)
    for (const [i, name] of [
      "Mamori default",
      "mamori-default",
      "MAMORI_DEFAULT",
      "Mam0ri default",
      "Mamorl default",
      "Mamor1 default",
      "Marnori default",
      "mamori.default"
    ].entries()) {
      expect(await code(write(2, "registerModel", [9000n + BigInt(i), 1, name, ""])), name).toBe("chain/ModelRegistry__NameTaken")
      expect(await env.publicClient.readContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "modelByName", args: [name] }), name).toBe(taken)
    }
    for (const name of ["Mamori  default", " Mamori default", "Mamori default ", "Mamori default\u200b", "Маmori default", "Mamori\tdefault", 'a"b', "x".repeat(65)]) {
      expect(await code(write(2, "registerModel", [9100n, 1, name, ""])), JSON.stringify(name)).toBe("chain/ModelRegistry__InvalidName")
    }
    expect(await code(write(2, "registerModel", [9100n, 1, "Mamori defaults", ""]))).toBe("ok")
  })

  it("a model owner can retire a model, only the registry owner an architecture", async () => {
    await write(1, "registerModel", [r2, 1, "to retire", ""])
    expect(await code(write(2, "retireModel", [r2]))).toBe("chain/ModelRegistry__NotModelOwner")
    const receipt = await write(1, "retireModel", [r2])
    expect(receipt.logs[0]!.topics[0]).toBe(toEventSelector("ModelRetired(uint256)"))
    expect(await code(write(1, "retireModel", [r2]))).toBe("chain/ModelRegistry__ModelRetired")
    const model = await env.publicClient.readContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "model", args: [r2] })
    expect(model.retired).toBe(true)
    expect(await env.publicClient.readContract({ address: env.deployment.registry, abi: modelRegistryAbi, functionName: "mintVerifierOf", args: [r2] })).toEqual([
      env.deployment.verifier,
      false
    ])
    // Its name stays taken.
    expect(await code(write(2, "registerModel", [r2 + 1n, 1, "To Retire", ""]))).toBe("chain/ModelRegistry__NameTaken")
    expect(await code(write(1, "retireArchitecture", [1]))).toBe("chain/OwnableUnauthorizedAccount")
    expect(await code(write(0, "retireArchitecture", [7]))).toBe("chain/ModelRegistry__UnknownArchitecture")
  })
})

const r1 = 4242n
const r2 = 4343n
