/**
 * A Blur bulk-listing signature (a Merkle root over orders that are not shown) asked for by a site other
 * than Blur's own: the orders behind the root cannot be read, and phishing sites used exactly this to list
 * whole collections for nothing (2023).
 */
import type { Rule } from "./rule"
import { finding } from "./rule"

export const blindBulkListing: Rule = {
  id: "blind-bulk-listing",
  severity: "danger",
  description: "A Blur bulk listing (orders hidden behind a Merkle root) requested by a site other than blur.io.",
  check(a) {
    if (a.domain?.standard !== "Blur bulk listing") return []
    const host = a.req.originHost ?? ""
    const onBlur = host === "blur.io" || host.endsWith(".blur.io")
    return [
      onBlur
        ? finding(this, "Blur bulk listing", "This lists several NFTs at once on Blur; the orders themselves are not shown in the signature.", "warning")
        : finding(this, "Blind bulk listing outside Blur", "This signs a root over listings you cannot see, and the page is not blur.io. It can list your NFTs for nothing.")
    ]
  }
}
