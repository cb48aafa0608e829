export type TabId = "shield" | "wallet" | "studio" | "models"

const TABS: { id: TabId; label: string }[] = [
  { id: "shield", label: "Shield" },
  { id: "wallet", label: "Wallet" },
  { id: "studio", label: "Studio" },
  { id: "models", label: "Models" }
]

/** The popup's three sections. */
export function Tabs({ active, onChange }: { active: TabId; onChange: (tab: TabId) => void }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the tab strip is the popup's navigation; the tablist role tells screen readers how to use it
    <nav className="mamori-tabs" role="tablist">
      {TABS.map((t) => (
        <button key={t.id} role="tab" aria-selected={t.id === active} data-testid={`tab-${t.id}`} onClick={() => onChange(t.id)}>
          {t.label}
        </button>
      ))}
    </nav>
  )
}
