import { Models } from "~popup/components/models/Models"

import { ArtModels } from "./ArtModels"
import { ChainsRpc } from "./ChainsRpc"
import { Watchtower } from "./Watchtower"
import { YourModels } from "./YourModels"

/** Mamori's options page: the full model manager (same components as the popup's Models tab, more room). */
function Options() {
  return (
    <main data-testid="options" style={{ maxWidth: 720, margin: "0 auto", padding: "16px", font: "14px/1.4 system-ui, sans-serif", color: "#17242b" }}>
      <h1 style={{ fontSize: 20 }}>Mamori — local language model</h1>
      <p>
        The local model writes the plain-words explanation of a wallet request and titles your art. It runs on this computer's GPU through WebGPU; the verdict always comes from
        Mamori's rules, never from the model.
      </p>
      <Models />
      <ArtModels />
      <YourModels />
      <ChainsRpc />
      <Watchtower />
    </main>
  )
}

export default Options
