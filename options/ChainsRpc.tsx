import { useEffect, useState } from "react"

import { askBackground } from "~lib/askBackground"
import { type ChainRow, describeProbe, type ShieldChainsRequest, type ShieldChainsResponse } from "~src/chains/chainSettings"
import type { RpcProbe } from "~src/chains/probeRpc"
import type { Result } from "~src/messaging/result"

/** What one row shows under its URL: a test's answer, a refused save waiting for confirmation, or an error. */
type RowState = { probe?: RpcProbe; expected: number; pending?: { url: string }; saved?: boolean; error?: string; busy?: boolean }

const NEW = "new"

const urlsOf = (rows: ChainRow[]) => Object.fromEntries(rows.map((row) => [String(row.id), row.rpcUrl]))

/**
 * "Chains & RPC": the endpoint the Shield (chain facts, simulation) and the wallet use for each chain, who runs
 * each default one, a test button (the chain id the endpoint answers and its latest block), per-chain overrides
 * and custom chains. An endpoint answering for another chain is saved only after the user saw that and confirmed.
 */
export function ChainsRpc() {
  const [rows, setRows] = useState<ChainRow[]>([])
  const [urls, setUrls] = useState<Record<string, string>>({})
  const [state, setState] = useState<Record<string, RowState>>({})
  const [custom, setCustom] = useState({ id: "", name: "", nativeSymbol: "", rpcUrl: "" })
  const [error, setError] = useState<string | null>(null)

  const show = (r: ShieldChainsResponse) => {
    setRows(r.rows)
    setUrls(urlsOf(r.rows))
  }
  useEffect(() => {
    void askBackground("shield-chains", { action: "list" }).then((r) => {
      if (!r.ok) return setError(r.error.message)
      setRows(r.value.rows)
      setUrls(urlsOf(r.value.rows))
    })
  }, [])

  const run = async (key: string, expected: number, body: ShieldChainsRequest, url?: string) => {
    setState((s) => ({ ...s, [key]: { expected, busy: true } }))
    const r: Result<ShieldChainsResponse> = await askBackground("shield-chains", body)
    if (!r.ok) return setState((s) => ({ ...s, [key]: { expected, error: r.error.message } }))
    const asked = body.action !== "list" && body.action !== "test"
    const refused = asked && !r.value.saved
    setState((s) => ({ ...s, [key]: { expected, probe: r.value.probe, saved: asked && r.value.saved, pending: refused && url ? { url } : undefined } }))
    if (asked && r.value.saved) {
      show(r.value)
      if (key === NEW) setCustom({ id: "", name: "", nativeSymbol: "", rpcUrl: "" })
    }
  }

  const customId = Number(custom.id)
  return (
    <section data-testid="chains-rpc" style={{ marginTop: 24 }}>
      <h2 style={{ fontSize: 18 }}>Chains &amp; RPC</h2>
      <p data-testid="chains-privacy">
        For every chain below, Mamori's Shield and wallet talk to one RPC endpoint. It receives the transactions you are about to sign, <b>while they are still pending</b>, to
        simulate them (<code>eth_simulateV1</code>), and look-ups of the addresses a request involves (their code, nonce and storage, and token names through <code>eth_call</code>
        ), along with your IP address. The defaults are public endpoints run by the providers named in each row (taken from viem's chain list); nothing else is sent anywhere. Point
        a chain at your own node to keep this between you and your node.
      </p>
      {error && (
        <p role="alert" style={{ color: "#a11" }}>
          {error}
        </p>
      )}
      <table style={{ width: "100%", borderCollapse: "collapse" }}>
        <tbody>
          {rows.map((row) => {
            const key = String(row.id)
            const s = state[key]
            const url = urls[key] ?? row.rpcUrl
            return (
              <tr key={key} data-testid={`chain-row-${key}`} style={{ borderTop: "1px solid #dde" }}>
                <td style={{ padding: "6px 4px", verticalAlign: "top", width: 170 }}>
                  <b>{row.name}</b>
                  <div style={{ color: "#567", fontSize: 12 }}>
                    chain {row.id} · {row.nativeSymbol}
                  </div>
                </td>
                <td style={{ padding: "6px 4px" }}>
                  <input
                    data-testid={`chain-url-${key}`}
                    aria-label={`RPC URL for ${row.name}`}
                    value={url}
                    onChange={(e) => setUrls((u) => ({ ...u, [key]: e.target.value }))}
                    style={{ width: "100%", boxSizing: "border-box" }}
                  />
                  <div data-testid={`chain-provider-${key}`} style={{ color: "#567", fontSize: 12 }}>
                    {row.custom
                      ? "Custom chain: your endpoint."
                      : row.local
                        ? `Default: this computer (${row.rpcProvider}).`
                        : `Default: public endpoint run by ${row.rpcProvider}.`}
                    {row.overridden && !row.custom ? " You replaced it." : ""}
                  </div>
                  <div style={{ display: "flex", gap: 6, marginTop: 4 }}>
                    <button type="button" data-testid={`chain-test-${key}`} disabled={s?.busy} onClick={() => run(key, row.id, { action: "test", chainId: key, rpcUrl: url })}>
                      Test
                    </button>
                    <button
                      type="button"
                      data-testid={`chain-save-${key}`}
                      disabled={s?.busy || url === row.rpcUrl}
                      onClick={() => run(key, row.id, { action: "set", chainId: key, rpcUrl: url }, url)}
                    >
                      Save
                    </button>
                    {row.overridden && (
                      <button type="button" data-testid={`chain-reset-${key}`} disabled={s?.busy} onClick={() => run(key, row.id, { action: "set", chainId: key, rpcUrl: null })}>
                        {row.custom ? "Remove chain" : "Use the default"}
                      </button>
                    )}
                  </div>
                  <ProbeLine
                    testId={`chain-result-${key}`}
                    state={s}
                    onConfirm={(pendingUrl) => run(key, row.id, { action: "set", chainId: key, rpcUrl: pendingUrl, confirmed: true }, pendingUrl)}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <h3 style={{ fontSize: 15 }}>Add a chain</h3>
      <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
        <input
          data-testid="custom-chain-id"
          placeholder="chain id (decimal)"
          value={custom.id}
          onChange={(e) => setCustom({ ...custom, id: e.target.value })}
          style={{ width: 130 }}
        />
        <input data-testid="custom-chain-name" placeholder="name" value={custom.name} onChange={(e) => setCustom({ ...custom, name: e.target.value })} style={{ width: 140 }} />
        <input
          data-testid="custom-chain-symbol"
          placeholder="coin (ETH)"
          value={custom.nativeSymbol}
          onChange={(e) => setCustom({ ...custom, nativeSymbol: e.target.value })}
          style={{ width: 80 }}
        />
        <input
          data-testid="custom-chain-url"
          placeholder="https://…"
          value={custom.rpcUrl}
          onChange={(e) => setCustom({ ...custom, rpcUrl: e.target.value })}
          style={{ flex: 1 }}
        />
        <button type="button" data-testid="custom-chain-add" disabled={state[NEW]?.busy} onClick={() => run(NEW, customId, { action: "add", chain: custom }, custom.rpcUrl)}>
          Add
        </button>
      </div>
      <ProbeLine testId="custom-chain-result" state={state[NEW]} onConfirm={() => run(NEW, customId, { action: "add", chain: custom, confirmed: true }, custom.rpcUrl)} />
    </section>
  )
}

/** The answer of a test or save; a refused save offers "Save anyway" beside the reason. */
function ProbeLine({ testId, state, onConfirm }: { testId: string; state?: RowState; onConfirm: (url: string) => void }) {
  if (!state || state.busy) return state?.busy ? <div data-testid={testId}>Asking the endpoint…</div> : null
  if (state.error)
    return (
      <div data-testid={testId} data-status="error" role="alert" style={{ color: "#a11" }}>
        {state.error}
      </div>
    )
  const probe = state.probe
  const mismatch = probe?.ok === true && !probe.matches
  const status = !probe ? "saved" : !probe.ok ? "unreachable" : mismatch ? "mismatch" : "ok"
  return (
    <div
      data-testid={testId}
      data-status={status}
      data-chain-id={probe?.ok ? probe.chainId : undefined}
      data-block={probe?.ok ? probe.blockNumber : undefined}
      style={{ color: status === "ok" || status === "saved" ? "#175" : "#a11", fontSize: 13 }}
    >
      {probe ? describeProbe(probe, state.expected) : ""}
      {state.saved ? " Saved." : ""}
      {state.pending && (
        <>
          {" Not saved."}{" "}
          <button type="button" data-testid={`${testId}-confirm`} onClick={() => onConfirm(state.pending!.url)}>
            Save anyway
          </button>
        </>
      )}
    </div>
  )
}
