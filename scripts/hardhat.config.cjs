// The local devnet (Hardhat 2 node, offline). Only the node is used: contracts are compiled with solc-js
// by scripts/compile-contracts.ts, so Hardhat never needs to download a compiler.
/** @type {import("hardhat/config").HardhatUserConfig} */
module.exports = {
  paths: { sources: "./.no-sources", cache: "../.run/hardhat-cache", artifacts: "../.run/hardhat-artifacts" },
  networks: {
    hardhat: {
      chainId: 31337,
      hardfork: "prague",
      mining: { auto: true, interval: 0 },
      accounts: { count: 10, accountsBalance: "10000000000000000000000" }
    }
  }
}
