/**
 * Compiles the Solidity sources with solc-js (no compiler download) and deploys the Studio contracts.
 * Used by `npm run compile:contracts`, `npm run deploy`, `npm run bench:gas`, `npm start` and the contract
 * integration tests.
 */
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import type { Abi, Hex } from "viem"
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  getAddress,
  http,
  type Account,
  type Address,
  type Chain,
  type Transport,
  type PublicClient,
  type WalletClient
} from "viem"
import { privateKeyToAccount } from "viem/accounts"
import { serializeDeployment, type Deployment } from "../../src/chain/deployment"
import { DEV_ACCOUNTS, ROOT } from "./chain"

type Solc = {
  version(): string
  compile(input: string, callbacks: { import: (p: string) => { contents: string } | { error: string } }): string
}
// solc-js ships no types; this is the part of its API used here.
const solc = createRequire(import.meta.url)("solc") as Solc

export const CONTRACTS_DIR = path.join(ROOT, "contracts")
export const OUT_DIR = path.join(CONTRACTS_DIR, "out")
const HASH_FILE = path.join(OUT_DIR, "sources.sha256")

export type Artifact = { contractName: string; sourceName: string; abi: Abi; bytecode: Hex }

/** All .sol files under contracts/ (except build output), relative to the repo root. */
export function solidityFiles(dir = CONTRACTS_DIR): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (full !== OUT_DIR) files.push(...solidityFiles(full))
    } else if (entry.name.endsWith(".sol")) files.push(path.relative(ROOT, full))
  }
  return files.sort()
}

function sourcesHash(files: string[]): string {
  const hash = createHash("sha256")
  hash.update(String(solc.version()))
  for (const file of files) hash.update(file).update(readFileSync(path.join(ROOT, file)))
  return hash.digest("hex")
}

/** Resolves imports: `@openzeppelin/...` from node_modules, everything else from the repo root. */
function findImport(importPath: string): { contents: string } | { error: string } {
  const candidates = [path.join(ROOT, "node_modules", importPath), path.join(ROOT, importPath)]
  for (const candidate of candidates) if (existsSync(candidate)) return { contents: readFileSync(candidate, "utf8") }
  return { error: `File not found: ${importPath}` }
}

/** Compiles every contract; writes contracts/out/<Name>.json ({ abi, bytecode }). Returns the artifacts. */
export function compileContracts(options: { force?: boolean; log?: (line: string) => void } = {}): Artifact[] {
  const files = solidityFiles()
  const hash = sourcesHash(files)
  if (!options.force && existsSync(HASH_FILE) && readFileSync(HASH_FILE, "utf8") === hash) {
    return readdirSync(OUT_DIR)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(readFileSync(path.join(OUT_DIR, f), "utf8")) as Artifact)
  }
  const input = {
    language: "Solidity",
    sources: Object.fromEntries(files.map((f) => [f, { content: readFileSync(path.join(ROOT, f), "utf8") }])),
    settings: {
      optimizer: { enabled: true, runs: 1000 },
      evmVersion: "cancun",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } }
    }
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport })) as {
    errors?: { severity: string; formattedMessage: string }[]
    contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((e) => e.severity === "error")
  for (const warning of (output.errors ?? []).filter((e) => e.severity !== "error")) options.log?.(warning.formattedMessage)
  if (errors.length) throw new Error(`solc failed:\n${errors.map((e) => e.formattedMessage).join("\n")}`)

  mkdirSync(OUT_DIR, { recursive: true })
  const artifacts: Artifact[] = []
  for (const [sourceName, contracts] of Object.entries(output.contracts)) {
    if (!sourceName.startsWith("contracts/")) continue
    for (const [contractName, c] of Object.entries(contracts)) {
      const artifact: Artifact = { contractName, sourceName, abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` }
      writeFileSync(path.join(OUT_DIR, `${contractName}.json`), JSON.stringify(artifact))
      artifacts.push(artifact)
    }
  }
  writeFileSync(HASH_FILE, hash)
  return artifacts
}

/** Loads one compiled contract, compiling first when sources changed. */
export function loadArtifact(contractName: string): Artifact {
  const artifact = compileContracts().find((a) => a.contractName === contractName)
  if (!artifact) throw new Error(`no compiled contract named ${contractName} (is its .sol file in contracts/?)`)
  return artifact
}

// ---------------------------------------------------------------------------------------------------------
// Deployment

/** The art circuit's architecture id in the registry, and its name. */
export const ART_ARCHITECTURE_ID = 1
export const ART_ARCHITECTURE_NAME = "mamori-art-v1"
/** Reveal window used by deployments: 7200 blocks (~1 day at 12 s blocks). */
export const DEFAULT_REVEAL_WINDOW = 7200n
export const REAL_VERIFIER_SOURCE = "contracts/verifiers/ArtVerifier.sol"
/** The scene architecture (an IArtArchitecture adapter with its own verifier and renderer). */
export const SCENE_ARCHITECTURE_ID = 2
export const SCENE_ARCHITECTURE_NAME = "mamori-scene-v1"
export const SCENE_VERIFIER_SOURCE = "contracts/verifiers/SceneVerifier.sol"

export type DeployAllParameters = {
  rpcUrl: string
  /** Default: Hardhat dev account #0 (the devnet deployer). */
  privateKey?: Hex
  /** "real": the snarkjs verifier (contracts/verifiers/ArtVerifier.sol, required); "mock": the test double. */
  verifier?: "real" | "mock"
  revealWindow?: bigint
  /** Default: the commitment of src/art's default weights. */
  modelCommitment?: bigint
  log?: (line: string) => void
}

export type Clients = { publicClient: PublicClient; walletClient: WalletClient<Transport, Chain, Account> }

/** viem clients for an RPC URL and a private key (chain id read from the node). */
export async function connect(rpcUrl: string, privateKey: Hex): Promise<Clients> {
  const probe = createPublicClient({ transport: http(rpcUrl) })
  const id = await probe.getChainId()
  const chain = defineChain({ id, name: `chain-${id}`, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [rpcUrl] } } })
  const account = privateKeyToAccount(privateKey)
  return {
    publicClient: createPublicClient({ chain, transport: http(rpcUrl) }) as PublicClient,
    walletClient: createWalletClient({ account, chain, transport: http(rpcUrl) })
  }
}

/** The default model commitment from src/art (Poseidon of the default weights). */
export async function defaultModelCommitment(): Promise<bigint> {
  const [{ modelCommitment }, { defaultWeights }] = await Promise.all([import("../../src/art/commitment"), import("../../src/art/weights")])
  return modelCommitment(defaultWeights)
}

/** Deploys one compiled contract and waits for it; returns its address and block. */
export async function deployContract(clients: Clients, contractName: string, args: unknown[] = []): Promise<{ address: Address; blockNumber: bigint; gasUsed: bigint }> {
  const artifact = loadArtifact(contractName)
  const hash = await clients.walletClient.deployContract({ abi: artifact.abi, bytecode: artifact.bytecode, args } as unknown as Parameters<
    Clients["walletClient"]["deployContract"]
  >[0])
  const receipt = await clients.publicClient.waitForTransactionReceipt({ hash })
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`deploying ${contractName} failed (tx ${hash})`)
  return { address: receipt.contractAddress, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed }
}

/**
 * Deploys verifier, registry, renderer and collection, registers the art architecture and the default
 * model, and returns the deployment record. Fresh Hardhat chains + dev account #0 give the same addresses.
 */
export async function deployAll(params: DeployAllParameters): Promise<Deployment> {
  const log = params.log ?? (() => {})
  const clients = await connect(params.rpcUrl, params.privateKey ?? DEV_ACCOUNTS[0].privateKey)
  const kind = params.verifier ?? "real"
  if (kind === "real" && !existsSync(path.join(ROOT, REAL_VERIFIER_SOURCE))) {
    throw new Error(`${REAL_VERIFIER_SOURCE} is missing: build the circuit (npm run circuit:setup) or pass verifier: "mock" in tests`)
  }
  const verifier = await deployContract(clients, kind === "real" ? "Groth16Verifier" : "MockGroth16Verifier")
  log(`verifier (${kind}): ${verifier.address}`)
  const owner = clients.walletClient.account.address
  const registry = await deployContract(clients, "ModelRegistry", [owner])
  log(`registry: ${registry.address}`)
  const renderer = await deployContract(clients, "ArtRenderer")
  log(`renderer: ${renderer.address}`)
  const collection = await deployContract(clients, "MamoriArt", [registry.address, renderer.address, params.revealWindow ?? DEFAULT_REVEAL_WINDOW])
  log(`collection: ${collection.address}`)

  const registryAbi = loadArtifact("ModelRegistry").abi
  const send = async (functionName: string, args: unknown[]) => {
    const hash = await clients.walletClient.writeContract({ address: registry.address, abi: registryAbi, functionName, args } as unknown as Parameters<
      Clients["walletClient"]["writeContract"]
    >[0])
    const receipt = await clients.publicClient.waitForTransactionReceipt({ hash })
    if (receipt.status !== "success") throw new Error(`${functionName} failed (tx ${hash})`)
    return receipt
  }
  await send("registerArchitecture", [ART_ARCHITECTURE_ID, verifier.address, ART_ARCHITECTURE_NAME])
  const modelCommitment = params.modelCommitment ?? (await defaultModelCommitment())
  const last = await send("registerModel", [modelCommitment, ART_ARCHITECTURE_ID, "Mamori default", "https://github.com/mamori/mamori/tree/main/src/art/weights/default.json"])
  log(`model ${modelCommitment} registered`)
  // The scene architecture beside it (real proofs only: the mock verifier speaks the 11-signal interface).
  let scene: Pick<Deployment, "sceneArchitecture" | "sceneModelCommitment"> = {}
  let lastBlock = last.blockNumber
  if (kind === "real" && existsSync(path.join(ROOT, SCENE_VERIFIER_SOURCE))) {
    const sceneVerifier = await deployContract(clients, "SceneGroth16Verifier")
    const sceneRenderer = await deployContract(clients, "SceneRenderer")
    const architecture = await deployContract(clients, "SceneArchitecture", [sceneVerifier.address, sceneRenderer.address])
    await send("registerArchitecture", [SCENE_ARCHITECTURE_ID, architecture.address, SCENE_ARCHITECTURE_NAME])
    const { defaultSceneWeights, sceneModelCommitment } = await import("../../src/art/scene/sceneModel")
    const sceneCommitment = sceneModelCommitment(defaultSceneWeights())
    const r = await send("registerModel", [sceneCommitment, SCENE_ARCHITECTURE_ID, "Mamori scene", "https://github.com/mamori/mamori/tree/main/src/art/scene/vocabulary.ts"])
    lastBlock = r.blockNumber
    scene = { sceneArchitecture: getAddress(architecture.address), sceneModelCommitment: sceneCommitment.toString() }
    log(`scene verifier: ${sceneVerifier.address}`)
    log(`scene renderer: ${sceneRenderer.address}`)
    log(`scene architecture: ${architecture.address}, model ${sceneCommitment} registered`)
  }
  return {
    ...scene,
    chainId: clients.publicClient.chain!.id,
    collection: getAddress(collection.address),
    registry: getAddress(registry.address),
    verifier: getAddress(verifier.address),
    renderer: getAddress(renderer.address),
    modelCommitment: modelCommitment.toString(),
    blockNumber: Number(lastBlock)
  }
}

export const DEPLOYMENTS_DIR = path.join(ROOT, "assets", "deployments")

/** Writes assets/deployments/<chainId>.json; returns its path. */
export function writeDeployment(deployment: Deployment): string {
  mkdirSync(DEPLOYMENTS_DIR, { recursive: true })
  const file = path.join(DEPLOYMENTS_DIR, `${deployment.chainId}.json`)
  writeFileSync(file, serializeDeployment(deployment))
  return file
}
