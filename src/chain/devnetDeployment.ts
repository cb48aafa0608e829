import devnetJson from "../../assets/deployments/31337.json"
import { parseDeployment, type Deployment } from "./deployment"

/**
 * The Studio contracts on the local devnet (chain 31337): fresh Hardhat chain, deployed by dev account #0 with
 * `npm run deploy` (or `deployAll` in `npm start`), which gives these addresses every time.
 */
export const devnetDeployment: Deployment = parseDeployment(devnetJson)
