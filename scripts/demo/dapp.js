// The demo dapp: a handful of ordinary and dangerous wallet requests to try the Shield on.
// Every action is also exposed as window.demo.<name>() so tests can drive it.
const $ = (id) => document.getElementById(id)
const log = (text) => {
  const li = document.createElement("li")
  li.textContent = `${new Date().toLocaleTimeString()} ${text}`
  $("log").prepend(li)
}
const eth = () => {
  if (!window.ethereum) throw new Error("No wallet found on this page")
  return window.ethereum
}
let account

const RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
const EOA_SPENDER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
const TOKEN = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
const PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
const MAX_UINT256 = "f".repeat(64)

async function connect() {
  const [a] = await eth().request({ method: "eth_requestAccounts" })
  account = a
  $("account").textContent = a
  $("chain").textContent = String(parseInt(await eth().request({ method: "eth_chainId" }), 16))
  for (const b of document.querySelectorAll("#actions button")) b.disabled = false
  return a
}

async function waitForReceipt(hash) {
  for (let i = 0; i < 100; i++) {
    const receipt = await eth().request({ method: "eth_getTransactionReceipt", params: [hash] })
    if (receipt) return receipt
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no receipt for ${hash}`)
}

async function sendTransfer() {
  const hash = await eth().request({
    method: "eth_sendTransaction",
    params: [{ from: account, to: RECIPIENT, value: "0x2386f26fc10000" }]
  })
  const receipt = await waitForReceipt(hash)
  return { hash, status: receipt.status, blockNumber: receipt.blockNumber }
}

async function approveUnlimited() {
  const data = "0x095ea7b3" + EOA_SPENDER.slice(2).toLowerCase().padStart(64, "0") + MAX_UINT256
  const hash = await eth().request({ method: "eth_sendTransaction", params: [{ from: account, to: TOKEN, data }] })
  return { hash }
}

async function signPermit2(spender = EOA_SPENDER) {
  const now = Math.floor(Date.now() / 1000)
  const typedData = {
    types: {
      EIP712Domain: [
        { name: "name", type: "string" },
        { name: "chainId", type: "uint256" },
        { name: "verifyingContract", type: "address" }
      ],
      PermitSingle: [
        { name: "details", type: "PermitDetails" },
        { name: "spender", type: "address" },
        { name: "sigDeadline", type: "uint256" }
      ],
      PermitDetails: [
        { name: "token", type: "address" },
        { name: "amount", type: "uint160" },
        { name: "expiration", type: "uint48" },
        { name: "nonce", type: "uint48" }
      ]
    },
    primaryType: "PermitSingle",
    domain: { name: "Permit2", chainId: 31337, verifyingContract: PERMIT2 },
    message: {
      details: { token: TOKEN, amount: "1000000000", expiration: String(now + 30 * 86400), nonce: "0" },
      spender,
      sigDeadline: String(now + 1800)
    }
  }
  return eth().request({ method: "eth_signTypedData_v4", params: [account, JSON.stringify(typedData)] })
}

async function personalSign() {
  const message = "0x" + Array.from(new TextEncoder().encode("Welcome to the Mamori demo dapp!"), (b) => b.toString(16).padStart(2, "0")).join("")
  return eth().request({ method: "personal_sign", params: [message, account] })
}

const actions = { connect, sendTransfer, approveUnlimited, signPermit2, personalSign }
window.demo = actions
const bind = (id, fn) =>
  $(id).addEventListener("click", async () => {
    try {
      log(`${id}: ${JSON.stringify(await fn())}`)
    } catch (e) {
      log(`${id} failed: ${e.code ?? ""} ${e.message}`)
    }
  })
bind("connect", connect)
bind("send-transfer", sendTransfer)
bind("approve-unlimited", approveUnlimited)
bind("sign-permit2", signPermit2)
bind("personal-sign", personalSign)
$("guard-status").textContent = window.__guardAtFirstScript ? "Mamori guard active" : "Mamori guard not detected"
