import { useCallback, useEffect, useRef, useState } from "react"

import { studioApi } from "~popup/components/studio/api"
import type { YourModel, YourModelsAction, YourModelsResponse } from "~src/studio/yourModels"

/** Wei as ETH with up to 6 decimals (display only; every amount sent is the exact integer). */
function eth(wei: string): string {
  const w = BigInt(wei)
  const whole = w / 10n ** 18n
  const frac = ((w % 10n ** 18n) / 10n ** 12n).toString().padStart(6, "0").replace(/0+$/, "")
  return `${whole}${frac ? `.${frac}` : ""} ETH`
}
/** Token units (18 decimals) in whole tokens, for reading. */
const tokens = (units: string) => eth(units).replace(" ETH", "")

/**
 * "Your models": the art models your Mamori account registered, what they earned, and the registrant's actions
 * (launch the ERC-7641 revenue token, set the fee and the royalty, snapshot, claim, burn). Each action is a
 * transaction from your Mamori account that you review and approve in Mamori's window; any failure is shown here.
 */
export function YourModels() {
  const [data, setData] = useState<YourModelsResponse | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const seq = useRef(0)
  const refresh = useCallback(async () => {
    const mine = ++seq.current
    const r = await studioApi.yourModels({ action: "list" })
    if (mine !== seq.current) return
    if (!r.ok) return setError(r.error.message)
    setError(null)
    setData(r.value)
  }, [])
  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), 5000)
    return () => clearInterval(timer)
  }, [refresh])
  const run = async (key: string, body: YourModelsAction) => {
    setBusy(key)
    setDone(null)
    ++seq.current // a poll answered during the action must not overwrite its result
    try {
      const r = await studioApi.yourModels(body)
      if (!r.ok) {
        setError(r.error.message)
        return
      }
      setError(null)
      setData(r.value)
      setDone(r.value.tx ? `Done: transaction ${r.value.tx}` : "Done.")
    } finally {
      setBusy(null)
    }
  }
  return (
    <section data-testid="your-models" style={{ marginTop: 24 }}>
      <h2 style={{ fontSize: 18 }}>Your models</h2>
      <p>
        The art models your Mamori account registered on the Studio's chain: tokens made with them, mint fees earned, and their revenue token. Every change is a transaction from
        your account, shown in Mamori's review window before it is signed.
      </p>
      {error && (
        <p role="alert" data-testid="your-models-error" style={{ color: "#a00" }}>
          {error}
        </p>
      )}
      {done && (
        <p data-testid="your-models-done" style={{ color: "#175" }}>
          {done}
        </p>
      )}
      {data && !data.account && <p>Create or import your Mamori account (popup, Studio tab) to see the models it registers.</p>}
      {data?.account && data.models.length === 0 && (
        <p data-testid="your-models-empty">
          No model registered by {data.account} on chain {data.chainId} yet.
        </p>
      )}
      {data?.models.map((m) => (
        <ModelCard
          key={m.commitment}
          model={m}
          maxRoyaltyBps={data.maxRoyaltyBps}
          block={data.block}
          busy={busy}
          run={run}
          fail={(message) => (setDone(null), setError(message))}
        />
      ))}
    </section>
  )
}

type CardProps = {
  model: YourModel
  maxRoyaltyBps: number
  block: string
  busy: string | null
  run: (key: string, body: YourModelsAction) => Promise<void>
  fail: (message: string) => void
}

function ModelCard({ model: m, maxRoyaltyBps, block, busy, run, fail }: CardProps) {
  const [fee, setFee] = useState("")
  const [royalty, setRoyalty] = useState("")
  const [launch, setLaunch] = useState({ name: `${m.name} revenue`, symbol: "", supply: "1000000", claimShareBps: "8000", snapshotInterval: "1" })
  const [burn, setBurn] = useState("")
  const c = m.commitment
  const key = (a: string) => `${a}:${c}`
  const disabled = busy !== null
  const t = m.token
  const claimable = t?.claimable.reduce((s, x) => s + BigInt(x.amount), 0n) ?? 0n
  return (
    <article data-testid="your-model" data-commitment={c} style={{ border: "1px solid #ccd", borderRadius: 6, padding: 12, marginBottom: 12 }}>
      <h3 style={{ fontSize: 16, margin: "0 0 6px" }}>
        {m.name} {m.retired && <em>(retired)</em>}
      </h3>
      <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "2px 12px", margin: 0 }}>
        <dt>Commitment</dt>
        <dd style={{ margin: 0, wordBreak: "break-all" }}>{c}</dd>
        <dt>Mints</dt>
        <dd style={{ margin: 0 }} data-testid="your-model-mints">
          {m.mints}
        </dd>
        <dt>Fees earned</dt>
        <dd style={{ margin: 0 }} data-testid="your-model-fees" data-wei={m.feesEarned}>
          {eth(m.feesEarned)}
        </dd>
        <dt>Mint fee</dt>
        <dd style={{ margin: 0 }} data-testid="your-model-fee" data-wei={m.fee}>
          {eth(m.fee)}
        </dd>
        <dt>Royalty (ERC-2981)</dt>
        <dd style={{ margin: 0 }} data-testid="your-model-royalty" data-bps={m.royaltyBps}>
          {m.royaltyBps / 100} % to {m.payee}
        </dd>
        {m.tokens.length > 0 && (
          <>
            <dt>Its tokens</dt>
            <dd style={{ margin: 0 }}>
              <ul data-testid="your-model-tokens" style={{ margin: 0, paddingLeft: 16 }}>
                {m.tokens.map((tk) => (
                  <li key={tk.id} data-testid="your-model-token-royalty" data-token={tk.id} data-receiver={tk.royaltyReceiver} data-wei={tk.royaltyPerEth}>
                    #{tk.id.slice(0, 10)}…: royalty on a 1 ETH sale {eth(tk.royaltyPerEth)} to {tk.royaltyReceiver} (ERC-2981, from the collection)
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {m.licenseURI && (
          <>
            <dt>Licence</dt>
            <dd style={{ margin: 0 }}>{m.licenseURI}</dd>
          </>
        )}
      </dl>
      <p style={{ margin: "8px 0 4px" }}>
        <label>
          Mint fee in ETH <input data-testid="your-model-fee-input" value={fee} onChange={(e) => setFee(e.target.value)} placeholder="0.001" size={10} />
        </label>{" "}
        <button
          type="button"
          data-testid="your-model-set-fee"
          disabled={disabled}
          onClick={() => {
            const wei = ethToWei(fee)
            if (wei === null) return fail("The fee is a decimal amount of ETH with at most 18 places, e.g. 0.001.")
            void run(key("fee"), { action: "set-fee", commitment: c, feeWei: wei })
          }}
        >
          {busy === key("fee") ? "Waiting for your review…" : "Set fee"}
        </button>{" "}
        <label>
          Royalty in basis points (max {maxRoyaltyBps}){" "}
          <input data-testid="your-model-royalty-input" value={royalty} onChange={(e) => setRoyalty(e.target.value)} placeholder="500" size={6} />
        </label>{" "}
        <button
          type="button"
          data-testid="your-model-set-royalty"
          disabled={disabled}
          onClick={() => void run(key("royalty"), { action: "set-royalty", commitment: c, bps: toInt(royalty) })}
        >
          {busy === key("royalty") ? "Waiting for your review…" : "Set royalty"}
        </button>
      </p>
      {!t ? (
        <fieldset data-testid="your-model-launch-form" style={{ marginTop: 8 }}>
          <legend>Launch its revenue token (ERC-7641)</legend>
          <p style={{ margin: "0 0 4px" }}>
            The whole supply comes to your account; from then on this model's mint fees and royalties go to the token, shared by its holders at each snapshot.
          </p>
          {(
            [
              ["name", "Name"],
              ["symbol", "Symbol"],
              ["supply", "Supply (whole tokens)"],
              ["claimShareBps", "Claimable share (bps; the rest funds burns)"],
              ["snapshotInterval", "Blocks between snapshots"]
            ] as const
          ).map(([k, label]) => (
            <label key={k} style={{ display: "block" }}>
              {label} <input data-testid={`your-model-launch-${k}`} value={launch[k]} onChange={(e) => setLaunch({ ...launch, [k]: e.target.value })} />
            </label>
          ))}
          <button
            type="button"
            data-testid="your-model-launch"
            disabled={disabled}
            onClick={() =>
              void run(key("launch"), {
                action: "launch",
                commitment: c,
                name: launch.name,
                symbol: launch.symbol,
                supply: /^\d+$/.test(launch.supply) ? (BigInt(launch.supply) * 10n ** 18n).toString() : launch.supply,
                claimShareBps: toInt(launch.claimShareBps),
                snapshotInterval: toInt(launch.snapshotInterval)
              })
            }
          >
            {busy === key("launch") ? "Waiting for your review…" : "Launch token"}
          </button>
        </fieldset>
      ) : (
        <div data-testid="your-model-token" data-address={t.address} style={{ marginTop: 8 }}>
          <strong>
            {t.name} ({t.symbol})
          </strong>{" "}
          at {t.address}: you hold {tokens(t.balance)} of {tokens(t.totalSupply)}; {t.claimShareBps / 100} % of revenue is claimable, the rest funds burns.
          <ul style={{ margin: "4px 0" }}>
            <li data-testid="your-model-pending" data-wei={t.pendingRevenue}>
              Not yet snapshotted: {eth(t.pendingRevenue)} (next snapshot from block {t.nextSnapshotAt}; now {block})
            </li>
            <li data-testid="your-model-reserve" data-wei={t.claimReserve}>
              Claimable by all holders, not claimed yet: {eth(t.claimReserve)}
            </li>
            <li data-testid="your-model-claimable" data-wei={claimable.toString()}>
              Yours to claim: {eth(claimable.toString())}
            </li>
            <li data-testid="your-model-burn-pool" data-wei={t.burnPool}>
              Burn pool: {eth(t.burnPool)} (your whole balance redeems {eth(t.redeemableOnBurn)})
            </li>
          </ul>
          <button type="button" data-testid="your-model-snapshot" disabled={disabled} onClick={() => void run(key("snapshot"), { action: "snapshot", commitment: c })}>
            {busy === key("snapshot") ? "Waiting for your review…" : "Snapshot"}
          </button>{" "}
          {t.claimable.map((x) => (
            <button
              key={x.snapshotId}
              type="button"
              data-testid="your-model-claim"
              data-snapshot={x.snapshotId}
              disabled={disabled}
              onClick={() => void run(key(`claim${x.snapshotId}`), { action: "claim", commitment: c, snapshotId: x.snapshotId })}
            >
              {busy === key(`claim${x.snapshotId}`) ? "Waiting for your review…" : `Claim ${eth(x.amount)} (snapshot ${x.snapshotId})`}
            </button>
          ))}{" "}
          <label>
            Burn (whole tokens) <input data-testid="your-model-burn-input" value={burn} onChange={(e) => setBurn(e.target.value)} size={8} />
          </label>{" "}
          <button
            type="button"
            data-testid="your-model-burn"
            disabled={disabled}
            onClick={() => void run(key("burn"), { action: "burn", commitment: c, amount: /^\d+$/.test(burn) ? (BigInt(burn) * 10n ** 18n).toString() : burn })}
          >
            {busy === key("burn") ? "Waiting for your review…" : "Burn"}
          </button>
        </div>
      )}
    </article>
  )
}

/** Decimal ETH to wei, or null when it is not a plain decimal with at most 18 places. */
function ethToWei(text: string): string | null {
  const m = /^(\d+)(?:\.(\d{1,18}))?$/.exec(text.trim())
  if (!m) return null
  return (BigInt(m[1]!) * 10n ** 18n + BigInt((m[2] ?? "").padEnd(18, "0"))).toString()
}
const toInt = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN)
