import { useState } from "react"

import { Activity } from "./components/Activity"
import { Models } from "./components/models/Models"
import { StatusBar } from "./components/StatusBar"
import { StudioPanel } from "./components/studio/StudioPanel"
import { Tabs, type TabId } from "./components/Tabs"
import { WalletPanel } from "./components/wallet/WalletPanel"
import "./popup.css"

/** The toolbar popup: Shield activity, the Studio and the model manager. */
function Popup() {
  const [tab, setTab] = useState<TabId>("shield")
  return (
    <main className="mamori-popup" data-testid="popup">
      <header className="mamori-header">
        <h1>Mamori</h1>
        <StatusBar />
      </header>
      <Tabs active={tab} onChange={setTab} />
      <section className="mamori-panel" data-testid={`panel-${tab}`}>
        {tab === "shield" && <Activity />}
        {tab === "wallet" && <WalletPanel />}
        {tab === "studio" && <StudioPanel />}
        {tab === "models" && <Models />}
      </section>
    </main>
  )
}

export default Popup
