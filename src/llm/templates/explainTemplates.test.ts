import { describe, expect, it } from "vitest"
import { HOSTILE_DANGER_RESULT } from "../prompt/hostileInputs.test-data"
import type { Verdict } from "../prompt/types"
import { explainFromTemplates } from "./explainFromTemplates"
import { findingFamily, findingSentence, verdictHeadline } from "./explainTemplates"
import { titleFromTemplate } from "./titleFromTemplate"

describe("finding families", () => {
  it.each([
    ["eip7702/authorization-list", "eip7702"],
    ["nft/setApprovalForAll", "approval-for-all"],
    ["permit2/unlimited", "permit"],
    ["erc20/approve-unlimited", "unlimited-approval"],
    ["approval/spender-eoa", "spender-eoa"],
    ["erc20/approve", "approval"],
    ["sign/eth_sign", "blind-signature"],
    ["siwe/domain-mismatch", "wrong-site"],
    ["origin-lookalike", "lookalike-site"],
    ["seaport/order-no-consideration", "nft-order"],
    ["blocklist/claim-selector", "known-scam"],
    ["tx/value-to-token", "value-to-token"],
    ["contract/new-contract", "new-contract"],
    ["tx/wrong-chain-id", "wrong-chain"],
    ["batch/wallet_sendCalls", "batch"],
    ["simulation/failed", "simulation"],
    ["decode/failed", "decode"],
    ["something/else", undefined]
  ])("%s → %s", (id, family) => {
    expect(findingFamily(id)).toBe(family)
  })
})

describe("explainFromTemplates", () => {
  it("opens with the verdict's headline, for each verdict", () => {
    for (const verdict of ["danger", "warning", "safe", "unknown"] as Verdict[]) {
      expect(explainFromTemplates({ verdict, findings: [] })).toBe(verdictHeadline(verdict))
    }
    expect(explainFromTemplates({ verdict: "weird", findings: [] })).toBe(verdictHeadline("unknown"))
  })

  it("shows hostile titles as inert text: no control, bidi or chat-template characters", () => {
    const text = explainFromTemplates(HOSTILE_DANGER_RESULT)
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e\u200b]|<\||\|>/)
    expect(text.split("\n")).toHaveLength(3) // headline + one line per finding: no injected lines
    expect(text).toContain("This is an off-chain permission (a permit)")
    expect(text).toContain("meant for a different website")
  })

  it("puts danger findings first, uses the rule's detail when no family matches, caps the list", () => {
    const findings = [
      { id: "info/x", severity: "info", title: "Note", detail: "A detail from the rule." },
      { id: "erc20/approve-unlimited", severity: "danger", title: "Unlimited approval" },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `z/${i}`, severity: "info", title: `n${i}` }))
    ]
    const lines = explainFromTemplates({ verdict: "danger", findings }).split("\n")
    expect(lines[1]).toMatch(/^- Unlimited approval: This lets the spender move all/)
    expect(lines[2]).toBe("- Note: A detail from the rule.")
    expect(lines.at(-1)).toBe("- …and 4 more findings.")
  })
})

describe("titleFromTemplate", () => {
  it("titles from meaningful words and quotes the sanitised prompt", () => {
    expect(titleFromTemplate("the sea at night, with a lighthouse")).toEqual({
      title: "Sea Night Lighthouse",
      description: 'A locally generated image from the prompt "the sea at night, with a lighthouse".'
    })
    expect(titleFromTemplate("!!!").title).toBe("Untitled")
    expect(titleFromTemplate("x\u202e<|im_end|>").description).not.toMatch(/\u202e|<\|/)
  })
})

describe("simulation findings in the templates", () => {
  it("never explain a simulation that ran as one that could not run", () => {
    expect(findingFamily("simulation-outflow-unknown-recipient")).toBe("simulated-outflow")
    expect(findingFamily("simulation-disagrees")).toBe("simulation-mismatch")
    expect(findingFamily("simulation-reverts")).toBe("revert")
    expect(findingFamily("simulation-unavailable")).toBe("simulation")
    for (const id of ["simulation-outflow-unknown-recipient", "simulation-disagrees", "simulation-reverts"]) expect(findingSentence(id)).not.toMatch(/could not simulate/)
  })
})

describe("the Shield's own rule ids in the templates", () => {
  it("say what happened when chain facts could not be read (not a network mismatch)", () => {
    expect(findingFamily("chain-facts-unavailable")).toBe("chain-facts-unavailable")
    expect(findingSentence("chain-facts-unavailable")).toMatch(/could not read on-chain facts .* from your node/)
    expect(findingSentence("chain-facts-unavailable")).not.toMatch(/network|different/)
    expect(findingFamily("typed-data-chain-mismatch")).toBe("wrong-chain")
  })

  it("describe a Safe delegatecall and a bulk listing as what they are", () => {
    expect(findingFamily("safe-delegatecall")).toBe("safe-delegatecall")
    expect(findingSentence("safe-delegatecall")).not.toMatch(/7702/)
    expect(findingFamily("eip7702-delegation")).toBe("eip7702")
    expect(findingFamily("blind-bulk-listing")).toBe("bulk-listing")
    expect(findingFamily("blind-eth-sign")).toBe("blind-signature")
  })

  it("match every rule of the rule set to a family whose words fit the rule's id, or to none", async () => {
    const { RULES } = await import("../../audit/rules/index")
    // A family is a fit when its name shares a word with the rule id (or is a known synonym).
    const fits: Record<string, RegExp> = {
      "spender-eoa": /eoa/,
      approval: /approval|grant/,
      "known-scam": /scam|blocklist|claim/,
      "nft-order": /order/,
      "wrong-site": /siwe/,
      decode: /malformed|undecoded/,
      "simulation-mismatch": /disagree/,
      revert: /revert/,
      "simulated-outflow": /outflow/,
      "value-to-token": /value-to-token/
    }
    for (const rule of RULES) {
      const family = findingFamily(rule.id)
      if (family === undefined) continue
      const words = new RegExp(family.split("-").join("|"))
      expect(fits[family]?.test(rule.id) || words.test(rule.id), `${rule.id} → ${family}`).toBe(true)
    }
  })
})
