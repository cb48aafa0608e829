/** The parts of snarkjs 0.7 that Mamori uses (the package ships no type declarations). */
declare module "snarkjs" {
  export type Groth16Proof = {
    pi_a: string[]
    pi_b: string[][]
    pi_c: string[]
    protocol: string
    curve: string
  }
  export type ArtifactSource = string | Uint8Array | { type: "mem"; data: Uint8Array }
  export const groth16: {
    fullProve(
      input: Record<string, unknown>,
      wasm: ArtifactSource,
      zkey: ArtifactSource,
      logger?: unknown,
      wtnsCalcOptions?: unknown,
      proverOptions?: { singleThread?: boolean }
    ): Promise<{ proof: Groth16Proof; publicSignals: string[] }>
    prove(zkey: ArtifactSource, witness: ArtifactSource, logger?: unknown): Promise<{ proof: Groth16Proof; publicSignals: string[] }>
    verify(vkey: unknown, publicSignals: string[], proof: Groth16Proof, logger?: unknown): Promise<boolean>
    exportSolidityCallData(proof: Groth16Proof, publicSignals: string[]): Promise<string>
  }
  export const wtns: {
    calculate(input: Record<string, unknown>, wasm: ArtifactSource, out: ArtifactSource | { type: "mem" }): Promise<void>
    exportJson(wtns: ArtifactSource | { type: "mem"; data?: Uint8Array }): Promise<bigint[]>
    check(r1cs: ArtifactSource, wtns: ArtifactSource, logger?: unknown): Promise<boolean>
  }
  export const r1cs: {
    info(r1cs: ArtifactSource, logger?: unknown): Promise<{ nConstraints: number; nPubInputs: number; nPrvInputs: number; nVars: number; nOutputs: number }>
    /** The constraints as JSON: each [A, B, C] maps wire → coefficient (decimal). */
    exportJson(r1cs: ArtifactSource, logger?: unknown): Promise<unknown>
  }
  export const zKey: {
    exportVerificationKey(zkey: ArtifactSource): Promise<unknown>
    newZKey(r1cs: string, ptau: string, zkey: string, logger?: unknown): Promise<unknown>
    /** Returns the contribution hash (64 bytes, BLAKE2b). */
    contribute(oldZkey: string, newZkey: string, name: string, entropy: string, logger?: unknown): Promise<Uint8Array>
    beacon(oldZkey: string, newZkey: string, name: string, beaconHashHex: string, numIterationsExp: number, logger?: unknown): Promise<Uint8Array | false>
    verifyFromR1cs(r1cs: string, ptau: string, zkey: string, logger?: unknown): Promise<boolean>
    exportSolidityVerifier(zkey: string, templates: { groth16: string }, logger?: unknown): Promise<string>
  }
}
