/**
 * The trusted setup's three artifacts agree: the Solidity verifier's constants (contracts/verifiers/ArtVerifier.sol)
 * are the verification key (assets/zk/verification_key.json), and that key is the one inside the proving key
 * (assets/zk/art_final.zkey). A key swapped without regenerating the verifier (or the reverse) fails here, before
 * a single proof is refused on-chain. (The full `snarkjs zkey verify` against the r1cs and the powers of tau is
 * `npm run ceremony -- verify`: ~1 min of CPU, 6 min wall time on this shared machine, too slow for every run.)
 */
import { readFileSync } from "node:fs"
import * as snarkjs from "snarkjs"
import { describe, expect, it } from "vitest"

const root = new URL("../../../", import.meta.url).pathname
type G2 = [[string, string], [string, string], [string, string]]
type Vkey = { protocol: string; curve: string; nPublic: number; vk_alpha_1: string[]; vk_beta_2: G2; vk_gamma_2: G2; vk_delta_2: G2; IC: string[][] }

const vkey = JSON.parse(readFileSync(`${root}assets/zk/verification_key.json`, "utf8")) as Vkey
const solidity = readFileSync(`${root}contracts/verifiers/ArtVerifier.sol`, "utf8")

/** Every `uint256 constant NAME = VALUE;` of the verifier. */
function constants(source: string): Map<string, string> {
  return new Map(Array.from(source.matchAll(/uint256 constant (\w+)\s*=\s*(\d+);/g), (m) => [m[1]!, m[2]!]))
}

describe("verifier constants", () => {
  it("the Solidity verifier holds exactly the verification key (snarkjs's G2 order: x1 = c1, x2 = c0)", () => {
    const c = constants(solidity)
    const expected = new Map<string, string>([
      ["alphax", vkey.vk_alpha_1[0]!],
      ["alphay", vkey.vk_alpha_1[1]!]
    ])
    for (const [name, point] of [
      ["beta", vkey.vk_beta_2],
      ["gamma", vkey.vk_gamma_2],
      ["delta", vkey.vk_delta_2]
    ] as const) {
      expected.set(`${name}x1`, point[0][1])
      expected.set(`${name}x2`, point[0][0])
      expected.set(`${name}y1`, point[1][1])
      expected.set(`${name}y2`, point[1][0])
    }
    vkey.IC.forEach((p, i) => (expected.set(`IC${i}x`, p[0]!), expected.set(`IC${i}y`, p[1]!)))
    expect(vkey.IC).toHaveLength(vkey.nPublic + 1)
    for (const [name, value] of expected) expect(c.get(name), name).toBe(value)
    // No IC beyond the key's, and the verifier checks as many public signals as the key has.
    expect(c.has(`IC${vkey.IC.length}x`)).toBe(false)
    expect(solidity).toContain(`uint[${vkey.nPublic}] calldata _pubSignals`)
  })

  it("the verification key is the one inside the shipped proving key", async () => {
    const fromZkey = await snarkjs.zKey.exportVerificationKey(`${root}assets/zk/art_final.zkey`)
    expect(JSON.parse(JSON.stringify(fromZkey))).toEqual(vkey)
  })
})
